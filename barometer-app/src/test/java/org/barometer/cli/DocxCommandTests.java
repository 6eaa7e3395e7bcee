package org.barometer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.barometer.Seed;
import org.barometer.TestDatabase;
import org.barometer.importer.WordFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `import FILE.docx`, a published issue's Word original, as a user runs it on the embedded store and on PostgreSQL. */
class DocxCommandTests {

    @TempDir
    Path folder;

    @Test
    void theWordOriginalImportsAsTheSameIssueAsItsTextWithItsNarrative() throws IOException {
        Path docx = Files.write(folder.resolve("minsk-barometer-17.docx"), WordFiles.ofPublishedText(Seed.text()));
        Path fromText = folder.resolve("from-text");
        Path fromWord = folder.resolve("from-word");
        Cli text = Cli.onStore(fromText, "import", Seed.path().toString());

        Cli imported = Cli.onStore(fromWord, "import", docx.toString());

        assertThat(imported.status()).as(imported.err()).isZero();
        assertThat(imported.out()).startsWith("Imported issue No. 17 from " + docx + " as published: 5 relationship catalogues")
                .contains("authors: 6");
        assertThat(imported.out().replace(docx.toString(), Seed.path().toString())).isEqualTo(text.out());
        assertThat(imported.err()).isEqualTo(text.err().replace(Seed.path().toString(), docx.toString()));
        assertThat(Cli.onStore(fromWord, "export", "--issue", "17", "--format", "json").out())
                .isEqualTo(Cli.onStore(fromText, "export", "--issue", "17", "--format", "json").out());
    }

    @Test
    void worksOnPostgresqlAndARenamedTextIsRefusedStoringNothing() throws IOException {
        String url = TestDatabase.POSTGRESQL.jdbcUrl(TestDatabase.newDatabase());
        Path renamed = Files.write(folder.resolve("issue-17.docx"), Seed.text().getBytes(StandardCharsets.UTF_8));
        Path docx = Files.write(folder.resolve("minsk-barometer-17.docx"), WordFiles.ofPublishedText(Seed.text()));

        Cli refused = Cli.run("import", renamed.toString(), "--db-url", url, "--db-user", "postgres");
        Cli nothing = Cli.run("indices", "--issue", "17", "--json", "--db-url", url, "--db-user", "postgres");
        Cli imported = Cli.run("import", docx.toString(), "--db-url", url, "--db-user", "postgres");
        Cli indices = Cli.run("indices", "--issue", "17", "--json", "--db-url", url, "--db-user", "postgres");

        assertThat(refused.status()).isEqualTo(1);
        assertThat(refused.err()).startsWith("barometer: " + renamed + ": is not a .docx document");
        assertThat(nothing.status()).isEqualTo(1);
        assertThat(imported.status()).as(imported.err()).isZero();
        assertThat(indices.out()).contains("\"level\" : \"Yellow\"");
    }
}
