package org.barometer.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.barometer.Seed;
import org.barometer.WebTest;
import org.barometer.importer.IssueImport;
import org.barometer.issue.IssueStore;
import org.barometer.publicdata.PublishedData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The published No. 17 as a PDF, read back with PDFBox: every section, every catalogue row of the publication with its
 * score, every total, the colour, the notes where the original publication stated other figures, page numbers in the
 * contents, running header and footer, vector charts and embedded fonts.
 */
@WebTest
class SampleIssuePdfTests {

    static final String TITLE = "MINSK BAROMETER: Monitoring of foreign policy and regional security";
    static final List<String> SECTIONS = List.of("Summary", "Relationship with Russia", "Relationship with the EU",
            "Relationship with China", "Relationship with the U.S.", "Relationship with Ukraine", "Security barometer",
            "Appendix 1. Catalogue of events underlying the relations development indices",
            "Appendix 2. Catalogue of events underlying the security indices",
            "Appendix 3. Colour scale of regional tension");

    static PdfPages pdf;

    @Autowired
    IssueReports reports;


    @Autowired

    PublishedData published;

    @Autowired
    IssueStore store;

    @Autowired
    IssueImport imports;

    @BeforeEach
    void renderTheSampleOnce() {
        if (pdf == null) {
            ReportFixtures.sample(store, imports);
            pdf = PdfPages.read(ReportFixtures.forReaders(reports, published, 17, ReportFormat.PDF, "en").orElseThrow().content());
        }
    }

    @Test
    void opensWithACoverOfTitleNumberAndPeriod() {
        assertThat(pdf.page(1)).contains(TITLE).contains("No. 17").contains("September–October 2020");
    }

    @Test
    void hasTheContentsThenEverySectionOnThePageTheContentsGiveAndNoSectionNotWritten() {
        int contents = pdf.pageOf("Contents");
        assertThat(pdf.pageOf("Editor's foreword")).isBetween(1, contents);
        for (String optional : List.of("Authors", "Acknowledgements")) {
            boolean present = pdf.text().substring(pdf.text().indexOf("Appendix 3. Colour scale", pdf.text().indexOf("Appendix 3. Colour scale") + 1))
                    .contains(optional);
            assertThat(pdf.page(contents).contains(optional)).as("%s in the contents as in the publication", optional).isEqualTo(present);
        }
        int previous = contents;
        for (String section : SECTIONS) {
            Matcher entry = Pattern.compile(Pattern.quote(section) + " ?\\.*\\s*(\\d+)").matcher(pdf.page(contents));
            assertThat(entry.find()).as("contents entry of %s", section).isTrue();
            int page = Integer.parseInt(entry.group(1));
            assertThat(page).as("page of %s", section).isGreaterThanOrEqualTo(previous).isLessThanOrEqualTo(pdf.count());
            assertThat(withoutRunningHeader(pdf.page(page))).as("page %d", page).contains(section);
            previous = page;
        }
    }

    @Test
    void listsEveryEventOfEveryRelationsCatalogueWithItsScore() {
        List<String[]> rows = rowsOfThePublication("Appendix 1", "Appendix 2", 3);

        assertThat(rows).hasSize(118);
        for (String[] row : rows) {
            assertThat(pdf.text().replace('\u2212', '-')).as("the event of %s", row[0])
                    .containsPattern(Pattern.quote(PdfPages.normalised(row[0] + " " + row[1])) + " " + Pattern.quote(row[2]) + "\\*?(\\s|$)");
        }
    }

    @Test
    void listsEverySecurityEventWithBothScores() {
        List<String[]> rows = rowsOfThePublication("Appendix 2", "Appendix 3", 4);

        assertThat(rows).hasSize(21);
        for (String[] row : rows) {
            assertThat(pdf.text().replace('\u2212', '-')).as("the security event of %s", row[0])
                    .containsPattern(Pattern.quote(PdfPages.normalised(row[0] + " " + row[1])) + " " + Pattern.quote(row[2] + " " + row[3]) + "(\\s|$)");
        }
    }

    @Test
    void givesEveryFigureOfRecordMarkedWhereTheCatalogueAddsUpToSomethingElse() {
        String appendices = pdf.text().substring(pdf.text().lastIndexOf("Appendix 1. Catalogue")).replace(" *", "*");

        assertThat(appendices).containsSubsequence("Total +21*", "Total −18", "Total +16*", "Total −17", "Total −7", "Total −8 −10 (Yellow)");
        String summary = pdf.page(pdf.pageOf("Relations development indices Relationship"));
        assertThat(summary).contains("Russia +21* +25* −4", "the EU −18 +4 −22", "China +16* +16* 0", "the U.S. −17 +5 −22", "Ukraine −7 +17 −24")
                .contains("National security −8", "Regional tension −10");
    }

    @Test
    void namesTheColourOfRegionalTensionWithItsMeaning() {
        assertThat(pdf.linesText()).contains("Regional tension level: Yellow — Military and other activity that could lead to escalation");
    }

    @Test
    void givesOneEditorsNoteWithEveryFigureTheCatalogueAddsUpDifferentlyAndTheScoreOutOfBound() {
        assertThat(pdf.text()).containsOnlyOnce("Editor's note")
                .contains("Subject Figure Published Catalogue Russia aggregate index +21 +23 Russia positive points +25 +27 "
                        + "Russia Total row of the catalogue +21 +23 China aggregate index +16 +18 China positive points +16 +18 "
                        + "China Total row of the catalogue +16 +18")
                .doesNotContain("originally published as");
        assertThat(pdf.linesText()).contains("The EU, September–October: the score −4 lies outside the issue's bound (−3 to +3)");
        String text = pdf.text();
        assertThat(text.indexOf("Editor's note")).as("the note stands in the summary")
                .isBetween(text.indexOf("Summary Relations development indices"), text.indexOf("Relationship with Russia Indices"));
        assertThat(pdf.text()).containsPattern("attempts to exert military influence −4\\*");
    }

    @Test
    void printsNoPlaceholderForWhatIsNotWritten() {
        assertThat(pdf.text()).doesNotContainIgnoringCase("not written").doesNotContain("No authors", "Barometer thanks", "Dynamics across issues")
                .contains("The dynamics across issues appear from the second issue on.");
    }

    @Test
    void runsTitleIssueAndPageNumberOnEveryPageButTheCover() {
        assertThat(pdf.page(1)).doesNotContain("No. 17 · September–October 2020");
        for (int page = 2; page <= pdf.count(); page++) {
            assertThat(pdf.page(page)).as("page %d", page).startsWith(TITLE + " No. 17 · September–October 2020 " + page + " ");
        }
    }

    @Test
    void writesEveryFigureOfEveryChartInWordsBesideIt() {
        assertThat(pdf.text())
                .contains("Russia: positive points +25, negative points −4.")
                .contains("China: positive points +16, negative points 0.")
                .contains("Ukraine: positive points +17, negative points −24.");
    }

    @Test
    void drawsTheChartsAsVectorPathsWithoutAnyImage() throws IOException {
        try (PDDocument document = pdf.open()) {
            for (int page = pdf.pageOf("Summary Relations development indices"); page <= pdf.pageOf("Security barometer Indices"); page++) {
                Drawing drawing = Drawing.of(document.getPage(page - 1));
                assertThat(drawing.images()).as("images on page %d", page).isZero();
            }
            Drawing russia = Drawing.of(document.getPage(pdf.pageOf("Relationship with Russia Indices") - 1));
            assertThat(russia.operators()).as("the balance chart on Russia's page").contains("m", "l", "f");
        }
    }

    @Test
    void embedsEveryFontOnEveryPage() throws IOException {
        try (PDDocument document = pdf.open()) {
            for (PDPage page : PdfPages.pagesOf(document)) {
                List<PDFont> fonts = Drawing.of(page).fonts();
                assertThat(fonts).isNotEmpty().allSatisfy(font -> assertThat(font.isEmbedded()).as(font.getName()).isTrue());
            }
        }
    }

    /** The rows of a table of the publication's text between two headings, as a reader would copy them. */
    static List<String[]> rowsOfThePublication(String from, String to, int cells) {
        List<String> lines = Seed.text().lines().toList();
        return lines.subList(lines.indexOf(from), lines.indexOf(to)).stream()
                .map(line -> line.split("\t", -1))
                .filter(row -> row.length == cells && !row[0].equals("Date") && !row[0].equals("Total"))
                .toList();
    }

    private static String withoutRunningHeader(String page) {
        return page.startsWith(TITLE) ? page.substring(TITLE.length()) : page;
    }

    /** What a page draws: its operators, images and fonts, including those of the forms it draws (SVG charts). */
    record Drawing(Set<String> operators, int images, List<PDFont> fonts) {

        static Drawing of(PDPage page) throws IOException {
            Set<String> operators = new HashSet<>();
            List<PDFont> fonts = new ArrayList<>();
            int images = collect(page.getContentStreams(), page.getResources(), operators, fonts, new HashSet<>());
            return new Drawing(operators, images, fonts);
        }

        private static int collect(java.util.Iterator<PDStream> streams, PDResources resources, Set<String> operators,
                                   List<PDFont> fonts, Set<Object> seen) throws IOException {
            while (streams.hasNext()) {
                PDFStreamParser parser = new PDFStreamParser(streams.next().toByteArray());
                for (Object token : parser.parse()) {
                    if (token instanceof Operator operator) {
                        operators.add(operator.getName());
                    }
                }
            }
            int images = 0;
            if (resources == null) {
                return 0;
            }
            for (COSName name : resources.getFontNames()) {
                fonts.add(resources.getFont(name));
            }
            for (COSName name : resources.getXObjectNames()) {
                PDXObject object = resources.getXObject(name);
                if (object instanceof PDImageXObject) {
                    images++;
                } else if (object instanceof PDFormXObject form && seen.add(form.getCOSObject())) {
                    images += collect(List.of(form.getContentStream()).iterator(), form.getResources(), operators, fonts, seen);
                }
            }
            return images;
        }
    }
}
