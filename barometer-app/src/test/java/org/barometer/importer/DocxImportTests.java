package org.barometer.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import javax.sql.DataSource;

import org.barometer.Seed;
import org.barometer.Stores;
import org.barometer.TestDatabase;
import org.barometer.method.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.core.io.ClassPathResource;

/**
 * A published issue's Word original, its catalogues as Word tables, imports as the same issue as the text of its
 * publication, narrative included, on either store; a Word file that is broken, protected, not one, or holds the
 * catalogues without the issue they belong to is refused with its reason and stores nothing.
 */
class DocxImportTests {

    @TempDir
    Path folder;

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theWordOriginalImportsAsTheSameIssueWithItsNarrativeAsItsText(TestDatabase database) throws IOException {
        Path docx = folder.resolve("minsk-barometer-17.docx");
        Files.write(docx, WordFiles.ofPublishedText(Seed.text()));
        DataSource fromText = TestDatabase.H2.fresh();
        DataSource fromWord = database.fresh();

        IssueImport.Result text = Stores.on(fromText).imports().importFile(Seed.path(), IssueImport.Options.NONE);
        IssueImport.Result word = Stores.on(fromWord).imports().importFile(docx, IssueImport.Options.NONE);

        assertThat(word.issue()).isEqualTo(text.issue());
        assertThat(word.issue().catalogues()).hasSize(5);
        assertThat(word.issue().stated()).isNotEmpty().isEqualTo(text.issue().stated());
        assertThat(word.words().narrative()).hasSizeGreaterThan(10).isEqualTo(text.words().narrative());
        assertThat(word.words().authors()).hasSize(6).isEqualTo(text.words().authors());
        assertThat(word.notices()).extracting(Notice::line, Notice::start).isEqualTo(text.notices().stream().map(n -> tuple(n.line(), n.start())).toList());
        Stores stored = Stores.on(fromWord);
        assertThat(IssueJson.write(stored.issues().find(17).orElseThrow(), ExportRoundTripTests.stored(stored)))
                .isEqualTo(IssueJson.write(Stores.on(fromText).issues().find(17).orElseThrow(), ExportRoundTripTests.stored(Stores.on(fromText))));
    }

    @Test
    void aWordFileOfCataloguesOnlyImportsWithTheIssueNumberAndPeriodGiven() throws IOException {
        Issue sample = sample();
        Path docx = write("catalogues.docx", WordFiles.document(WordFiles.catalogues(sample)));
        DataSource empty = TestDatabase.H2.fresh();

        Issue imported = Stores.on(empty).imports().importFile(docx, new IssueImport.Options(17, sample.period(), true, false)).issue();

        assertThat(imported.catalogues()).extracting(c -> c.events().size()).isEqualTo(sample.catalogues().stream().map(c -> c.events().size()).toList());
        assertThat(imported.security().events()).hasSameSizeAs(sample.security().events());
        assertThat(imported.catalogues().get(0).events().get(0).description()).isEqualTo(sample.catalogues().get(0).events().get(0).description());
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aWordFileThatCannotBeTheIssueIsRefusedWithItsReasonAndStoresNothing(TestDatabase database) throws IOException {
        DataSource empty = database.fresh();
        IssueImport imports = Stores.on(empty).imports();
        byte[] catalogues = WordFiles.document(WordFiles.catalogues(sample()));
        List<Object> badScore = new ArrayList<>(WordFiles.catalogues(sample()));
        badScore.add(1, "№ 17 (September and October 2020)");
        badScore.add(4, WordFiles.Table.of("Date\tEvent\tScore", "1 September\tTalks on transit\tplenty"));
        byte[] protectedFile = new byte[512];
        System.arraycopy(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1}, 0, protectedFile, 0, 8);

        assertThatThrownBy(() -> imports.importFile(write("no-issue-line.docx", catalogues), IssueImport.Options.NONE))
                .isInstanceOf(ImportException.class).hasMessageContaining("no-issue-line.docx: found no issue line");
        assertThatThrownBy(() -> imports.importFile(write("bad-score.docx", WordFiles.document(badScore)), IssueImport.Options.NONE))
                .hasMessageContaining("Score: \"plenty\" is not a whole-number score").hasMessageContaining("1 September\tTalks on transit\tplenty");
        assertThatThrownBy(() -> imports.importFile(write("broken.docx", Arrays.copyOf(catalogues, catalogues.length / 2)), IssueImport.Options.NONE))
                .hasMessageContaining("broken.docx: is not a readable .docx document");
        assertThatThrownBy(() -> imports.importFile(write("locked.docx", protectedFile), IssueImport.Options.NONE))
                .hasMessageContaining("locked.docx: is protected by a password or saved in Word's old .doc format");
        assertThatThrownBy(() -> imports.importFile(write("renamed.docx", "Date\tEvent\tScore\n".getBytes(StandardCharsets.UTF_8)), IssueImport.Options.NONE))
                .hasMessageContaining("renamed.docx: is not a .docx document");
        assertThat(Stores.on(empty).revisions().latest()).isEmpty();
    }

    private Path write(String name, byte[] content) throws IOException {
        return Files.write(folder.resolve(name), content);
    }

    /** The catalogues of the sample issue shipped with the application: data only, no narrative. */
    private static Issue sample() {
        try (InputStream in = new ClassPathResource(SampleIssue.RESOURCE).getInputStream()) {
            return IssueJson.read(SampleIssue.RESOURCE, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
