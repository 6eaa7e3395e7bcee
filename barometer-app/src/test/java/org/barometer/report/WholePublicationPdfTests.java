package org.barometer.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;

import org.barometer.WebTest;
import org.barometer.importer.IssueImport;
import org.barometer.importer.SeedNarrative;
import org.barometer.issue.IssueStore;
import org.barometer.publicdata.PublishedData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The published No. 17, imported from the whole text of its publication, read back from its PDF: every paragraph,
 * trend, sub-heading and bullet of the original's narrative (as {@link SeedNarrative} finds them in the seed, by its
 * own rule) is in the PDF's text character for character, white space aside (as drawn, or as read line by line), in English and, as the text the Russian
 * edition shows in the language it is written in, in Russian.
 */
@WebTest
class WholePublicationPdfTests {

    private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)]\\([^)]*\\)");
    private static final Pattern LIST_MARK = Pattern.compile("^(\\d+\\.|-)\\s+");

    @Autowired
    IssueReports reports;

    @Autowired
    PublishedData published;

    @Autowired
    IssueStore store;

    @Autowired
    IssueImport imports;

    @Test
    void theEnglishPdfHoldsEveryWordOfTheNarrativeTheAuthorsAndTheAcknowledgements() {
        assertHoldsTheWholeNarrative("en", "No. 17 · September–October 2020");
    }

    @Test
    void theRussianPdfHoldsTheSameWordsInTheLanguageTheyAreWrittenIn() {
        assertHoldsTheWholeNarrative("ru", "№ 17 · Сентябрь–октябрь 2020");
    }

    private void assertHoldsTheWholeNarrative(String language, String runningFooter) {
        ReportFixtures.sample(store, imports);
        PdfPages pdf = PdfPages.read(ReportFixtures.forReaders(reports, published, 17, ReportFormat.PDF, language).orElseThrow().content());
        String drawn = readingText(pdf.text(), runningFooter);
        String seen = readingText(pdf.linesText(), runningFooter);
        List<SeedNarrative.Unit> units = SeedNarrative.units().stream().filter(unit -> !unit.structural()).toList();
        assertThat(units).hasSizeGreaterThan(150);
        String drawnUnbroken = unbroken(drawn);
        String seenUnbroken = unbroken(seen);
        List<String> missing = units.stream()
                .filter(unit -> !drawnUnbroken.contains(unbroken(asRead(unit.text()))) && !seenUnbroken.contains(unbroken(asRead(unit.text()))))
                .map(unit -> unit.line() + ": " + divergence(asRead(unit.text()), drawn, seen))
                .toList();
        assertThat(missing).as("lines of the seed's narrative not found in the %s PDF", language).isEmpty();
        assertThat(drawn).contains("Sergey Bogdan", "Igor Tyshkevich", "USAID");
    }

    /**
     * The PDF's text with the running header (the title) and footer (number, period, page number) taken out: in the
     * order the renderer draws it, or as it reads line by line (for sentences that mix fonts, drawn in runs).
     */
    private static String readingText(String text, String runningFooter) {
        String title = SampleIssuePdfTests.TITLE;
        return joined(SeedNarrative.folded(text
                .replace(title, " ")
                .replaceAll(Pattern.quote(runningFooter) + " \\d+", " ")));
    }

    /** A line of the seed as a reader sees it: links and emphasis as their words, list marks as the list draws them. */
    private static String asRead(String line) {
        String words = LINK.matcher(line).replaceAll("$1").replace("*", "");
        return joined(SeedNarrative.folded(LIST_MARK.matcher(words).replaceFirst("")));
    }

    /** Where a line of the seed stops matching the PDF: its longest start found, then what the PDF has there. */
    private static String divergence(String expected, String drawn, String seen) {
        String best = "";
        String pdfThere = "";
        for (String text : List.of(drawn, seen)) {
            int length = 0;
            while (length < expected.length() && text.contains(expected.substring(0, length + 1))) {
                length++;
            }
            if (length >= best.length()) {
                best = expected.substring(0, length);
                int at = text.indexOf(best) + best.length();
                pdfThere = text.substring(at, Math.min(text.length(), at + 60));
            }
        }
        String tail = best.substring(Math.max(0, best.length() - 40));
        return "…" + tail + " ⟨seed: " + expected.substring(best.length(), Math.min(expected.length(), best.length() + 40))
                + "⟩ ⟨PDF: " + pdfThere + "⟩";
    }

    /**
     * The text with its white space taken out, character for character otherwise: a line the page broke after a dash or
     * a full stop ("Belarus–" / "Russia", "www." / "finstore.by") reads back with a space the text does not have.
     */
    private static String unbroken(String folded) {
        return folded.replace(" ", "");
    }

    /** A word the page broke after its hyphen ("anti-" / "aircraft") read as one, in the PDF and in the seed alike. */
    private static String joined(String folded) {
        return folded.replaceAll("(?<=\\p{L})- (?=\\p{L})", "-");
    }
}
