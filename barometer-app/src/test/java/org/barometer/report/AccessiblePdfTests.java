package org.barometer.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.ttf.model.GsubData;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.xml.DomXmpParser;
import org.barometer.WebTest;
import org.barometer.importer.IssueImport;
import org.barometer.issue.IssueRef;
import org.barometer.issue.IssueStore;
import org.barometer.method.Catalogue;
import org.barometer.method.Issue;
import org.barometer.method.IssueStatus;
import org.barometer.method.SecurityCatalogue;
import org.barometer.publicdata.PublishedData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The PDF as assistive technology and a reader's tools take it: tagged, in its language, titled in the viewer's window,
 * with its metadata and a bookmark per section; its text extracted exactly as the source wrote it (every catalogue row
 * of No. 17, no ligature characters), emphasis in the real oblique face.
 */
@WebTest
class AccessiblePdfTests {

    static final int INVENTED = 58;
    /** The invented issue with the EU's catalogue and the security catalogue empty: not covered. */
    static final int NOT_COVERED = 59;
    static final String PUBLISHER = ReportFixtures.PUBLISHER;

    static byte[] english;
    static byte[] russian;
    static byte[] invented;

    @Autowired
    IssueReports reports;

    @Autowired
    PublishedData published;

    @Autowired
    IssueStore store;

    @Autowired
    IssueImport imports;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void renderOnce() {
        if (english == null) {
            ReportFixtures.sample(store, imports);
            if (!store.exists(INVENTED)) {
                ReportFixtures.storeInvented(store, jdbc, INVENTED, IssueStatus.PUBLISHED);
            }
            english = render(17, "en");
            russian = render(17, "ru");
            invented = render(INVENTED, "en");
        }
    }

    private byte[] render(int number, String language) {
        return ReportFixtures.forReaders(reports, published, number, ReportFormat.PDF, language).orElseThrow().content();
    }

    @Test
    void isTaggedInTheLanguageOfTheReport() throws IOException {
        for (var pdf : List.of(new Object[] {english, "en"}, new Object[] {russian, "ru"})) {
            try (PDDocument document = PdfPages.read((byte[]) pdf[0]).open()) {
                PDDocumentCatalog catalog = document.getDocumentCatalog();
                assertThat(catalog.getStructureTreeRoot()).isNotNull();
                assertThat(catalog.getStructureTreeRoot().getK()).isNotNull();
                assertThat(catalog.getMarkInfo()).isNotNull();
                assertThat(catalog.getMarkInfo().isMarked()).isTrue();
                assertThat(catalog.getLanguage()).isEqualTo(pdf[1]);
            }
        }
        try (PDDocument document = PdfPages.read(russian).open()) {
            assertThat(languages(document.getDocumentCatalog().getStructureTreeRoot())).as("text shown in English").contains("en");
        }
    }

    private static Set<String> languages(PDStructureNode node) {
        Set<String> languages = new HashSet<>();
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                if (element.getLanguage() != null) {
                    languages.add(element.getLanguage());
                }
                languages.addAll(languages(element));
            }
        }
        return languages;
    }

    @Test
    void showsItsTitleInTheViewersWindow() throws IOException {
        try (PDDocument document = PdfPages.read(english).open()) {
            assertThat(document.getDocumentCatalog().getViewerPreferences().displayDocTitle()).isTrue();
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo(SampleIssuePdfTests.TITLE + ", No. 17");
        }
        try (PDDocument document = PdfPages.read(russian).open()) {
            assertThat(document.getDocumentInformation().getTitle()).endsWith(", № 17");
        }
    }

    @Test
    void carriesTitleAuthorsPublisherAndSubjectInItsXmpMetadata() throws Exception {
        try (PDDocument document = PdfPages.read(invented).open()) {
            DomXmpParser parser = new DomXmpParser();
            parser.setStrictParsing(false);
            XMPMetadata xmp = parser.parse(document.getDocumentCatalog().getMetadata().exportXMPMetadata());
            DublinCoreSchema dc = xmp.getDublinCoreSchema();
            assertThat(dc.getTitle()).isEqualTo("Invented monitoring, No. " + INVENTED);
            assertThat(dc.getCreators()).containsExactly(ReportFixtures.AUTHOR);
            assertThat(dc.getPublishers()).containsExactly(PUBLISHER);
            assertThat(dc.getDescription()).isEqualTo("No. " + INVENTED + " · March–April 2023");
            assertThat(dc.getLanguages()).containsExactly("en");
            assertThat(xmp.getSchema("http://www.aiim.org/pdfua/ns/id/").getUnqualifiedTextPropertyValue("part")).isEqualTo("1");
            assertThat(document.getDocumentInformation().getAuthor()).isEqualTo(ReportFixtures.AUTHOR);
        }
        try (PDDocument document = PdfPages.read(english).open()) {
            DomXmpParser parser = new DomXmpParser();
            parser.setStrictParsing(false);
            DublinCoreSchema dc = parser.parse(document.getDocumentCatalog().getMetadata().exportXMPMetadata()).getDublinCoreSchema();
            assertThat(dc.getTitle()).isEqualTo(SampleIssuePdfTests.TITLE + ", No. 17");
            assertThat(dc.getCreators()).containsExactly("Sergey Bogdan", "Valeria Kostyugova", "Olga Kulai", "Dzianis Melyantsou",
                    "Yauheni Preiherman", "Igor Tyshkevich");
            assertThat(dc.getPublishers()).containsExactly("Minsk Dialogue Council on International Relations");
        }
    }

    @Test
    void hasABookmarkForEverySectionInOrder() throws IOException {
        try (PDDocument document = PdfPages.read(english).open()) {
            List<String> titles = titles(document.getDocumentCatalog().getDocumentOutline());
            List<String> expected = new ArrayList<>(List.of("Editor's foreword"));
            expected.addAll(SampleIssuePdfTests.SECTIONS);
            expected.addAll(List.of("Authors", "Acknowledgements"));
            assertThat(titles).containsExactlyElementsOf(expected);
            PDOutlineItem catalogues = item(document, "Appendix 1. Catalogue of events underlying the relations development indices");
            assertThat(titles(catalogues)).containsExactly("Relationship with Russia", "Relationship with the EU",
                    "Relationship with China", "Relationship with the U.S.", "Relationship with Ukraine");
            PdfPages pages = PdfPages.read(english);
            PDPage security = item(document, "Security barometer").findDestinationPage(document);
            assertThat(pages.page(document.getPages().indexOf(security) + 1)).contains("Security barometer Indices for September–October 2020");
        }
        try (PDDocument document = PdfPages.read(russian).open()) {
            assertThat(titles(document.getDocumentCatalog().getDocumentOutline())).contains("Отношения с Россией", "Авторы", "Благодарности").hasSize(13);
        }
    }

    @Test
    void extractsNoLigatureCharacters() throws IOException {
        for (byte[] pdf : List.of(english, russian, invented)) {
            try (PDDocument document = PdfPages.read(pdf).open()) {
                String text = new PDFTextStripper().getText(document);
                assertThat(text).isNotBlank().doesNotContainPattern("[\\x{FB00}-\\x{FB06}]");
            }
        }
        assertThat(PdfPages.read(english).text()).contains("official", "significant", "Affairs");
    }

    @Test
    void embedsEveryFaceWithoutGlyphSubstitutionsAndWithEveryGlyph() throws IOException {
        for (BundledFont face : BundledFont.values()) {
            try (TrueTypeFont original = new TTFParser().parse(new RandomAccessReadBuffer(face.stream()));
                 TrueTypeFont embedded = new TTFParser().parse(new RandomAccessReadBuffer(face.pdfStream()))) {
                assertThat(original.getTableMap()).as(face.name()).containsKey("GSUB");
                assertThat(embedded.getTableMap()).as(face.name()).doesNotContainKey("GSUB");
                assertThat(embedded.getGsubData()).isSameAs(GsubData.NO_DATA_FOUND);
                assertThat(embedded.getNumberOfGlyphs()).isEqualTo(original.getNumberOfGlyphs());
                char letter = face.family().equals(BundledFont.FAMILY) ? 'ŭ' : '谢';
                assertThat(embedded.getUnicodeCmapLookup().getGlyphId(letter)).as(face.name())
                        .isEqualTo(original.getUnicodeCmapLookup().getGlyphId(letter)).isPositive();
            }
        }
    }

    @Test
    void extractsEveryCatalogueRowAsTheSourceWroteIt() {
        String text = PdfPages.read(english).text().replace('\u2212', '-');
        List<String[]> relations = SampleIssuePdfTests.rowsOfThePublication("Appendix 1", "Appendix 2", 3);
        List<String[]> security = SampleIssuePdfTests.rowsOfThePublication("Appendix 2", "Appendix 3", 4);
        assertThat(relations).hasSize(118);
        assertThat(security).hasSize(21);
        for (String[] row : relations) {
            assertThat(text).as("%s %s", row[0], row[1]).contains(PdfPages.normalised(String.join(" ", row)));
        }
        for (String[] row : security) {
            assertThat(text).as("%s %s", row[0], row[1]).contains(PdfPages.normalised(String.join(" ", row)));
        }
    }

    @Test
    void printsEveryNegativeFigureWithAMinusSign() {
        String text = PdfPages.read(english).text();
        assertThat(text).contains("the EU \u221218 +4 \u221222", "Total \u22128 \u221210 (Yellow)",
                "Green \u22126 to \u22122", "Red \u221218 and below", "Russia: positive points +25, negative points \u22124.");
        assertThat(text).doesNotContainPattern("(^|[ (])-\\d");
        assertThat(PdfPages.read(russian).text()).contains("Зелёный от \u22126 до \u22122").doesNotContainPattern("(^|[ (])-\\d");
    }

    @Test
    void letsShortSectionsFollowOneAnotherAndStartsEachAppendixOnAPage() {
        PdfPages pages = PdfPages.read(english);
        assertThat(pages.pageOf("Summary Relations development indices")).isEqualTo(pages.pageOf("Contents Summary"));
        String header = SampleIssuePdfTests.TITLE + " No. 17 · September–October 2020 ";
        assertThat(List.of("Relationship with the EU Indices", "Relationship with China Indices", "Relationship with the U.S. Indices",
                "Relationship with Ukraine Indices", "Security barometer Indices"))
                .as("sections that start below the end of the one before")
                .anySatisfy(section -> assertThat(pages.page(pages.pageOf(section))).doesNotStartWith(header + pages.pageOf(section) + " " + section));
        int page = pages.count();
        for (String appendix : List.of("Appendix 1. Catalogue of events", "Appendix 2. Catalogue of events", "Appendix 3. Colour scale")) {
            page = pages.count();
            while (!pages.page(page).contains(appendix)) {
                page--;
            }
            assertThat(pages.page(page)).as(appendix).startsWith(header + page + " " + appendix);
        }
        assertThat(pages.pageOf("Sergey Bogdan")).as("the authors follow the colour scale").isEqualTo(page);
    }

    @Test
    void setsEmphasisInTheObliqueFace() throws IOException {
        PdfPages pages = PdfPages.read(invented);
        int signature = pages.pageOf("The editor, Invented Institute");
        try (PDDocument document = pages.open()) {
            List<String> fonts = new ArrayList<>();
            for (PDFont font : SampleIssuePdfTests.Drawing.of(document.getPage(signature - 1)).fonts()) {
                fonts.add(font.getName().replaceFirst("^[A-Z]{6}\\+", ""));
            }
            assertThat(fonts).contains("DejaVuSans-Oblique", "DejaVuSans");
        }
    }

    @Test
    void passesPdfUa1ExceptTheRulesTheReadmeLists() {
        for (byte[] pdf : List.of(english, russian, invented)) {
            Map<String, String> failed = PdfUaValidation.failedRules(new ByteArrayInputStream(pdf));
            assertThat(failed.keySet()).as("%s", failed).isSubsetOf(PdfUaValidation.KNOWN);
        }
    }

    @Test
    void anIssueThatDoesNotCoverARelationshipOrTheSecurityBarometerPassesPdfUa1Too() {
        Issue invented = ReportFixtures.invented(NOT_COVERED, IssueStatus.PUBLISHED);
        if (!store.exists(NOT_COVERED)) {
            Catalogue eu = invented.catalogues().get(1);
            store.insert(new Issue(NOT_COVERED, invented.period(), invented.title(), IssueStatus.PUBLISHED, invented.bound(), invented.scale(),
                    List.of(invented.catalogues().get(0), new Catalogue(eu.relationship(), List.of())), SecurityCatalogue.EMPTY,
                    invented.stated()), List.of());
        }
        byte[] pdf = render(NOT_COVERED, "en");

        assertThat(PdfPages.read(pdf).text()).contains("Relationship with the EU Not covered in this issue");
        Map<String, String> failed = PdfUaValidation.failedRules(new ByteArrayInputStream(pdf));
        assertThat(failed.keySet()).as("%s", failed).isSubsetOf(PdfUaValidation.KNOWN);
    }

    private static PDOutlineItem item(PDDocument document, String title) {
        for (PDOutlineItem item : document.getDocumentCatalog().getDocumentOutline().children()) {
            if (item.getTitle().equals(title)) {
                return item;
            }
        }
        throw new AssertionError("no bookmark " + title);
    }

    private static List<String> titles(PDOutlineNode node) {
        List<String> titles = new ArrayList<>();
        node.children().forEach(item -> titles.add(item.getTitle()));
        return titles;
    }
}
