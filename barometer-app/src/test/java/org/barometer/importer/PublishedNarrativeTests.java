package org.barometer.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.barometer.Seed;
import org.barometer.Stores;
import org.barometer.TestDatabase;
import org.barometer.issue.Author;
import org.barometer.issue.Authors;
import org.barometer.narrative.NarrativeText;
import org.barometer.narrative.NarrativeTexts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** Importing a published text keeps every word of its narrative, its authors, acknowledgements and publisher. */
class PublishedNarrativeTests {

    static final String FILE = "issue-3.txt";

    static IssueImport.Result result;
    static List<NarrativeText> stored;
    static List<Author> authors;

    @BeforeAll
    static void importTheSeed() {
        Stores stores = Stores.on(TestDatabase.H2.fresh());
        result = stores.imports().importFile(Seed.path(), IssueImport.Options.NONE);
        long row = stores.revisions().ref(17).orElseThrow().id();
        stored = stores.get(NarrativeTexts.class).of(row);
        authors = stores.get(Authors.class).of(row);
    }

    @Test
    void everyParagraphTrendSubHeadingAndBulletOfTheSeedIsStoredWordForWord() {
        List<String> storedLines = new ArrayList<>();
        stored.forEach(text -> text.markdown().lines().map(line -> SeedNarrative.folded(line.replaceFirst("^# ", ""))).forEach(storedLines::add));
        authors.forEach(a -> storedLines.add(SeedNarrative.folded(a.name() + ", " + a.affiliation() + "." + (a.biography().isEmpty() ? "" : " " + a.biography()))));

        List<SeedNarrative.Unit> units = SeedNarrative.units().stream().filter(u -> !u.structural()).toList();
        assertThat(units).hasSizeGreaterThan(180);
        List<SeedNarrative.Unit> missing = units.stream().filter(unit -> {
            String text = SeedNarrative.folded(unit.text());
            return storedLines.stream().noneMatch(line -> line.equals(text) || line.startsWith(text + " ") || line.endsWith(" " + text));
        }).toList();
        assertThat(missing).as("units of the seed not stored as a line of the narrative").isEmpty();
    }

    @Test
    void eachSectionGoesToItsSubjectAndPartInEnglishOnly() {
        assertThat(stored).extracting(NarrativeText::language).containsOnly("en");
        assertThat(stored).extracting(NarrativeText::subject, NarrativeText::part).containsExactlyInAnyOrder(
                tuple("cover", "publisher"), tuple("foreword", "text"), tuple("foreword", "signature"),
                tuple("russia", "trends"), tuple("russia", "developments"), tuple("russia", "forecast"),
                tuple("eu", "trends"), tuple("eu", "developments"), tuple("eu", "forecast"),
                tuple("china", "trends"), tuple("china", "developments"), tuple("china", "forecast"),
                tuple("us", "trends"), tuple("us", "developments"), tuple("us", "forecast"),
                tuple("ukraine", "trends"), tuple("ukraine", "developments"), tuple("ukraine", "forecast"),
                tuple("security", "trends"), tuple("security", "forecast"),
                tuple("national", "developments"), tuple("regional", "developments"), tuple("acknowledgements", "thanks"));
        assertThat(result.words().narrative()).hasSize(stored.size());
    }

    @Test
    void keepsTheStructureAsMarkdown() {
        Map<String, String> texts = stored.stream().collect(Collectors.toMap(t -> t.subject() + "/" + t.part(), NarrativeText::markdown));
        assertThat(texts.get("foreword/text")).startsWith("Dear readers!\n\nWe are happy to present")
                .doesNotContain("Dear readers!\n\nDear readers!");
        assertThat(texts.get("foreword/signature").lines()).hasSize(6).startsWith("Yours respectfully,", "Dzianis Melyantsou,");
        assertThat(texts.get("security/trends").lines()).hasSize(4).allMatch(line -> line.matches("^[1-4]\\. .+"));
        assertThat(texts.get("russia/developments")).startsWith("# Political agenda\n\n").contains("\n\n# Only source of aid\n\n");
        assertThat(texts.get("china/developments")).contains("# Great Stone\n\n").containsPattern("\n- SMARTBIOTECH LLC .*;\n- LLC China");
        assertThat(texts.get("ukraine/developments")).contains("# Politics").contains("# Economy");
        assertThat(texts.get("national/developments")).startsWith("# Overall status of national security\n\n");
        assertThat(texts.get("regional/developments")).startsWith("# Overall situation in the region\n\n");
        assertThat(texts.get("eu/developments")).contains("[instructions](#)");
        assertThat(texts.get("us/developments")).contains("can be regarded as a goodwill gesture and a demonstration");
        assertThat(texts.get("ukraine/developments")).contains("there were large lines at the border.");
        assertThat(texts.get("regional/developments")).contains("budget deficit. Additional funds");
        assertThat(texts.get("eu/developments")).contains("The work to reorient export flows began after Aliaksandr Lukashenka gave [instructions](#)");
        assertThat(String.join("\n", texts.values())).doesNotContain("Aggregate index", "MINSK BAROMETER", "Relationship with");
    }

    @Test
    void takesTheSixAuthorsWithEveryWordOfTheirBiographies() {
        assertThat(authors).extracting(Author::seq, Author::name).containsExactly(tuple(0, "Sergey Bogdan"), tuple(1, "Valeria Kostyugova"),
                tuple(2, "Olga Kulai"), tuple(3, "Dzianis Melyantsou"), tuple(4, "Yauheni Preiherman"), tuple(5, "Igor Tyshkevich"));
        assertThat(authors.get(0).affiliation()).isEqualTo("political expert, analyst at the Ostrogorski Centre");
        assertThat(authors.get(0).biography()).startsWith("He received his doctoral degree").endsWith("military security.");
        assertThat(authors.get(5).biography()).isEmpty();
        assertThat(authors).allMatch(a -> !a.affiliation().isEmpty());
    }

    @Test
    void takesTheAcknowledgementsAndThePublisher() {
        Function<String, String> text = key -> stored.stream().filter(t -> (t.subject() + "/" + t.part()).equals(key)).findFirst().orElseThrow().markdown();
        assertThat(text.apply("acknowledgements/thanks")).startsWith("The project is implemented in partnership with the [Pact](#)")
                .contains("\n\nUSAID");
        assertThat(text.apply("cover/publisher")).isEqualTo("Minsk Dialogue Council on International Relations");
    }

    @Test
    void reportsTheOneSentenceOfTheFiguresPageItCannotPlace() {
        assertThat(result.notices()).extracting(Notice::line).containsExactly(75);
        assertThat(result.notices().get(0).message()).startsWith(Seed.path() + ":75: not placed in the narrative: The yellow level implies");
    }

    static final String SYNTHETIC = """
            TEST BAROMETER

            Dear colleagues!

            This issue was written for the tests.

            With regards,
            Anna Example,
            Editor

            1 Relationship with Lithuania
            2 Appendix 1
            Catalogue of events

            Example Institute

            Relationship with Lithuania

            Aggregate index: +2

            A stray remark before any part heading.

            Trends

            1. Talks resumed.

            Events and developments

            Trade

            Transit talks went on for weeks and
            ended with an agreement.

            Forecast

            - More talks.

            Appendix 1

            Relationship with Lithuania

            Date\tEvent\tScore
            3 May\tTalks on transit tariffs\t+2
            Total\t\t+2

            Appendix 2

            Date\tEvent\tNational security\tRegional tension
            2 June\tExercise near the border\t-1\t-2
            Total\t\t-1\t-2 (Green)

            Appendix 3

            Colour scale

            White\thigher than -1\tLow

            A remark after the scale.

            Authors

            Anna Example, analyst at the Example Institute. She writes about transit.

            Thanks to the readers.
            """;

    /** The 1-based number of the synthetic text's line that starts so. */
    static int lineOf(String start) {
        List<String> lines = SYNTHETIC.lines().toList();
        return lines.indexOf(lines.stream().filter(l -> l.startsWith(start)).findFirst().orElseThrow()) + 1;
    }

    static IssueImport.Result importSynthetic(DataSource dataSource, String text, String publisher) {
        return Stores.on(dataSource).imports().importText(FILE, text,
                new IssueImport.Options(3, org.barometer.method.Period.of("2018-05", "2018-06"), false, false, publisher));
    }

    static Map<String, String> texts(IssueImport.Result result) {
        return result.words().narrative().stream().collect(Collectors.toMap(t -> t.subject() + "/" + t.part(), IssueWords.Text::markdown));
    }

    @Test
    void aStrayLineIsReportedWithItsLineNumberAndTheRestIsStored() {
        IssueImport.Result imported = importSynthetic(TestDatabase.H2.fresh(), SYNTHETIC, null);

        assertThat(imported.notices()).extracting(Notice::line, Notice::start).containsExactly(tuple(lineOf("A stray remark"), "A stray remark before any part heading."),
                tuple(lineOf("A remark after"), "A remark after the scale."));
        assertThat(texts(imported)).containsEntry("foreword/text", "Dear colleagues!\n\nThis issue was written for the tests.")
                .containsEntry("foreword/signature", "With regards,\nAnna Example,\nEditor")
                .containsEntry("cover/publisher", "Example Institute")
                .containsEntry("lithuania/trends", "1. Talks resumed.")
                .containsEntry("lithuania/developments", "# Trade\n\nTransit talks went on for weeks and ended with an agreement.")
                .containsEntry("lithuania/forecast", "- More talks.")
                .containsEntry("acknowledgements/thanks", "Thanks to the readers.");
        assertThat(imported.words().authors()).containsExactly(new Author(0, "Anna Example", "analyst at the Example Institute", "She writes about transit."));
    }

    @Test
    void withoutACoverBlockAfterTheContentsThereIsNoPublisherUnlessGiven() {
        String text = SYNTHETIC.replace("Example Institute\n\n", "");

        IssueImport.Result imported = importSynthetic(TestDatabase.H2.fresh(), text, null);

        assertThat(imported.words().publisher()).isEmpty();
        assertThat(texts(imported)).containsEntry("lithuania/trends", "1. Talks resumed.");
        assertThat(imported.notices()).extracting(Notice::start).containsExactly("A stray remark before any part heading.", "A remark after the scale.");
        assertThat(importSynthetic(TestDatabase.H2.fresh(), text, "Example Institute").words().publisher()).contains("Example Institute");
    }

    @Test
    void thePublisherGivenOverridesTheCover() {
        IssueImport.Result imported = importSynthetic(TestDatabase.H2.fresh(), SYNTHETIC, "Another Council");

        assertThat(texts(imported)).containsEntry("cover/publisher", "Another Council");
    }

    @Test
    void aControlCharacterInTheNarrativeIsRefusedNamingTheLineAndNothingIsStored() {
        DataSource dataSource = TestDatabase.H2.fresh();

        assertThatThrownBy(() -> importSynthetic(dataSource, SYNTHETIC.replace("1. Talks resumed.", "1. Talks\u0001 resumed."), null))
                .isInstanceOf(ImportException.class)
                .hasMessageStartingWith(FILE + ":" + lineOf("1. Talks resumed.") + ": Narrative: ");
        assertThat(Stores.on(dataSource).jdbc().sql("select count(*) from narrative").query(Integer.class).single()).isZero();
        assertThat(Stores.on(dataSource).issues().exists(3)).isFalse();
    }

    @Test
    void anAffiliationLongerThanTheRulesAllowIsRefusedNamingTheLine() {
        String text = SYNTHETIC.replace("analyst at the Example Institute.", "analyst " + "at the institute ".repeat(40) + "here.");

        assertThatThrownBy(() -> importSynthetic(TestDatabase.H2.fresh(), text, null))
                .hasMessageStartingWith(FILE + ":" + lineOf("Anna Example, analyst") + ": Affiliation: is ");
    }

    @Test
    void replacingAnIssueReplacesItsNarrativeAndAuthors() {
        DataSource dataSource = TestDatabase.H2.fresh();
        importSynthetic(dataSource, SYNTHETIC, null);

        Stores.on(dataSource).imports().importText(FILE, SYNTHETIC.replace("Thanks to the readers.", "Thanks to everyone."),
                new IssueImport.Options(3, org.barometer.method.Period.of("2018-05", "2018-06"), false, true, "Another Council"));

        Stores stores = Stores.on(dataSource);
        long row = stores.revisions().ref(3).orElseThrow().id();
        assertThat(stores.get(NarrativeTexts.class).of(row)).extracting(t -> t.subject() + "/" + t.part(), NarrativeText::markdown)
                .contains(tuple("acknowledgements/thanks", "Thanks to everyone."), tuple("cover/publisher", "Another Council"))
                .hasSize(7);
        assertThat(stores.get(Authors.class).of(row)).hasSize(1);
    }

    @Test
    void anEmptyPublisherIsRefused() {
        assertThatThrownBy(() -> importSynthetic(TestDatabase.H2.fresh(), SYNTHETIC, " "))
                .hasMessage(FILE + ": --publisher: is empty");
    }

    @Test
    void aFailingCatalogueRowStoresNoNarrative() {
        DataSource dataSource = TestDatabase.H2.fresh();

        assertThatThrownBy(() -> importSynthetic(dataSource, SYNTHETIC.replace("3 May\tTalks on transit tariffs\t+2", "3 May\tTalks\t+x"), null))
                .hasMessageContaining("Score");
        assertThat(Stores.on(dataSource).jdbc().sql("select count(*) from narrative").query(Integer.class).single()).isZero();
        assertThat(Stores.on(dataSource).jdbc().sql("select count(*) from issue_author").query(Integer.class).single()).isZero();
    }
}
