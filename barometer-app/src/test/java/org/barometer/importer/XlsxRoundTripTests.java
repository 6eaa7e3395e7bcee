package org.barometer.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.barometer.Seed;
import org.barometer.Stores;
import org.barometer.TestDatabase;
import org.barometer.method.Catalogue;
import org.barometer.method.Event;
import org.barometer.method.Figure;
import org.barometer.method.Issue;
import org.barometer.method.SecurityEvent;
import org.barometer.method.StatedFigure;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The imported No. 17 as an .xlsx workbook: exported, imported into an empty store and exported again it is the same
 * issue with the same words and the same cells, on either store; its Total rows add up in a spreadsheet; a workbook
 * that is broken or not a workbook at all is refused naming where, and nothing is stored.
 */
class XlsxRoundTripTests {

    static Issue published;
    static IssueWords words;

    @BeforeAll
    static void importTheSeed() {
        DataSource dataSource = TestDatabase.H2.fresh();
        published = Stores.on(dataSource).imports().importFile(Seed.path(), IssueImport.Options.NONE).issue();
        IssueWords seed = ExportRoundTripTests.stored(Stores.on(dataSource));
        List<IssueWords.Text> texts = new ArrayList<>(seed.narrative());
        texts.add(new IssueWords.Text("russia", "forecast", "ru", "Прогноз: «напряжённость сохранится»,\nс запятой и \"кавычками\"."));
        words = new IssueWords(texts, seed.authors());
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void exportImportExportGivesTheSameIssueWordsAndCells(TestDatabase database) throws IOException {
        byte[] exported = IssueXlsx.write(published, words);
        DataSource empty = database.fresh();

        IssueImport.Result result = Stores.on(empty).imports().importWorkbook("issue-17.xlsx", exported, IssueImport.Options.NONE);

        Stores stores = Stores.on(empty);
        Issue stored = stores.issues().find(17).orElseThrow();
        IssueWords storedWords = ExportRoundTripTests.stored(stores);
        assertThat(result.issue()).isEqualTo(published);
        assertThat(stored).isEqualTo(published);
        assertThat(storedWords.narrative()).containsExactlyInAnyOrderElementsOf(words.narrative());
        assertThat(storedWords.authors()).isEqualTo(words.authors()).hasSize(6);
        assertThat(IssueJson.write(stored, storedWords)).isEqualTo(IssueJson.write(published, storedWords));
        assertThat(cells(IssueXlsx.write(stored, storedWords))).isEqualTo(cells(IssueXlsx.write(published, storedWords)));
        ExportedIssue read = IssueXlsx.readAll("again.xlsx", IssueXlsx.write(stored, storedWords));
        assertThat(read.issue()).isEqualTo(published);
        assertThat(read.words()).isEqualTo(storedWords);
    }

    @Test
    void anEmptyCatalogueSaysNotCoveredOnItsTotalRowInsteadOfASumOfZeroAndReadsBackEmpty() throws IOException {
        List<Catalogue> catalogues = new ArrayList<>(published.catalogues());
        catalogues.set(2, new Catalogue(catalogues.get(2).relationship(), List.of()));
        Issue empty = new Issue(published.number(), published.period(), published.title(), published.status(), published.bound(),
                published.scale(), catalogues, org.barometer.method.SecurityCatalogue.EMPTY, List.of());
        String code = catalogues.get(2).relationship().code();

        byte[] written = IssueXlsx.write(empty, IssueWords.NONE);

        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(written))) {
            for (Sheet sheet : List.of(book.getSheet(code), book.getSheet("Security"))) {
                Row total = sheet.getRow(1);
                assertThat(total.getCell(0).getStringCellValue()).isEqualTo("Total");
                assertThat(total.getCell(1).getStringCellValue()).as(sheet.getSheetName()).isEqualTo("Not covered in this issue");
                assertThat(total.getCell(2)).as("no sum of zero").isNull();
            }
        }
        assertThat(IssueXlsx.readAll("empty.xlsx", written).issue()).isEqualTo(empty);
    }

    @Test
    void eachCatalogueHasItsSheetWhoseTotalFormulaAddsUpItsScoresBesideTheStatedTotal() throws IOException {
        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(IssueXlsx.write(published, words)))) {
            FormulaEvaluator evaluator = book.getCreationHelper().createFormulaEvaluator();
            assertThat(book.getSheetName(0)).isEqualTo("Issue");
            assertThat(published.catalogues()).hasSizeGreaterThan(3);
            for (Catalogue catalogue : published.catalogues()) {
                Sheet sheet = book.getSheet(catalogue.relationship().code());
                assertThat(sheet).as(catalogue.relationship().code()).isNotNull();
                Row total = sheet.getRow(catalogue.events().size() + 1);
                assertThat(total.getCell(0).getStringCellValue()).isEqualTo("Total");
                if (!catalogue.events().isEmpty()) {
                    assertThat(total.getCell(2).getCellType()).isEqualTo(CellType.FORMULA);
                    assertThat(total.getCell(2).getCellFormula()).startsWith("SUM(C2:C");
                }
                int sum = catalogue.events().stream().mapToInt(Event::score).sum();
                assertThat(evaluator.evaluate(total.getCell(2)).getNumberValue()).as(catalogue.relationship().code()).isEqualTo(sum);
                published.stated().stream().filter(s -> s.subject().equals(catalogue.relationship().code()) && s.figure() == Figure.TOTAL)
                        .findFirst().ifPresent(stated -> {
                            assertThat(total.getCell(3).getStringCellValue()).isEqualTo("Stated");
                            assertThat(total.getCell(4).getNumericCellValue()).isEqualTo(stated.number());
                        });
            }
            Sheet security = book.getSheet("Security");
            Row total = security.getRow(published.security().events().size() + 1);
            assertThat(evaluator.evaluate(total.getCell(2)).getNumberValue())
                    .isEqualTo(published.security().events().stream().mapToInt(SecurityEvent::national).sum());
            assertThat(evaluator.evaluate(total.getCell(3)).getNumberValue())
                    .isEqualTo(published.security().events().stream().mapToInt(SecurityEvent::regional).sum());
            StatedFigure level = published.stated().stream().filter(s -> s.figure() == Figure.LEVEL).findFirst().orElseThrow();
            assertThat(total.getCell(7).getStringCellValue()).isEqualTo(level.value());
        }
    }

    @Test
    void aWorkbookWithoutNarrativeOrAuthorsIsFormatOneAndReadsBackWithoutWords() {
        ExportedIssue read = IssueXlsx.readAll("x.xlsx", IssueXlsx.write(published, IssueWords.NONE));

        assertThat(read.issue()).isEqualTo(published);
        assertThat(read.words()).isEqualTo(IssueWords.NONE);
    }

    @Test
    void narrativeLongerThanACellAndTextsWithLineBreaksAndOuterSpacesComeBackAsWritten() {
        List<IssueWords.Text> texts = new ArrayList<>(words.narrative());
        String longText = "Paragraph of my own.\n\n".repeat(4000) + "Последняя строка с ё.";
        texts.add(new IssueWords.Text("china", "forecast", "ru", longText));
        texts.add(new IssueWords.Text("eu", "forecast", "ru", "  indented first line\r\nsecond line\ttabbed  "));
        IssueWords edited = new IssueWords(texts, words.authors());

        ExportedIssue read = IssueXlsx.readAll("x.xlsx", IssueXlsx.write(published, edited));

        assertThat(longText.length()).isGreaterThan(2 * 32_767);
        assertThat(read.words()).isEqualTo(edited);
    }

    @Test
    void aScoreThatIsNotAWholeNumberIsRefusedNamingTheSheetRowAndColumnAndNothingIsStored() {
        Catalogue russia = published.catalogue("russia").orElseThrow();
        byte[] broken = edited(book -> book.getSheet("russia").getRow(3).getCell(2).setCellValue("a lot"));
        DataSource empty = TestDatabase.H2.fresh();

        assertThatThrownBy(() -> Stores.on(empty).imports().importWorkbook("issue-17.xlsx", broken, IssueImport.Options.NONE))
                .isInstanceOf(ImportException.class)
                .hasMessage("issue-17.xlsx: sheet \"russia\", row 4, column C (Score): \"a lot\" is not a whole-number score");
        assertThat(russia.events()).hasSizeGreaterThan(3);
        assertThat(Stores.on(empty).issues().exists(17)).isFalse();
    }

    @Test
    void aSourceThatIsNotAWebLinkIsRefusedByTheInputRulesNamingItsCell() {
        byte[] broken = edited(book -> book.getSheet("Security").getRow(1).createCell(5).setCellValue("ftp://example.org/file"));

        assertThatThrownBy(() -> IssueXlsx.readAll("issue-17.xlsx", broken))
                .hasMessage("issue-17.xlsx: sheet \"Security\", row 2, column F (Sources): \"ftp://example.org/file\" is not an http or https link");
    }

    @Test
    void anOverLongTitleIsRefusedByTheInputRulesNamingTheField() {
        byte[] broken = edited(book -> book.getSheet("Issue").getRow(2).getCell(1).setCellValue("T".repeat(501)));

        assertThatThrownBy(() -> IssueXlsx.readAll("issue-17.xlsx", broken))
                .hasMessage("issue-17.xlsx: sheet \"Issue\", row 3, column B (Title): is 501 characters long; at most 500 are allowed");
    }

    @Test
    void aMissingCatalogueSheetIsRefusedNamingIt() {
        byte[] broken = edited(book -> book.removeSheetAt(book.getSheetIndex("china")));

        assertThatThrownBy(() -> IssueXlsx.readAll("issue-17.xlsx", broken)).hasMessage("issue-17.xlsx: has no sheet \"china\"");
    }

    @Test
    void aMissingStatedFiguresSheetIsRefusedNamingIt() {
        byte[] broken = edited(book -> book.removeSheetAt(book.getSheetIndex("Stated figures")));

        assertThatThrownBy(() -> IssueXlsx.readAll("issue-17.xlsx", broken)).hasMessage("issue-17.xlsx: has no sheet \"Stated figures\"");
    }

    @Test
    void aNarrativeTextInAnotherLanguageIsRefusedNamingItsCell() {
        byte[] broken = edited(book -> book.getSheet("Narrative").getRow(1).getCell(2).setCellValue("de"));

        assertThatThrownBy(() -> IssueXlsx.readAll("issue-17.xlsx", broken))
                .hasMessage("issue-17.xlsx: sheet \"Narrative\", row 2, column C (Language): \"de\" is not a language of the issue (expected en or ru)");
    }

    @Test
    void aCsvRenamedToXlsxIsRefusedAsNotAWorkbook() {
        byte[] csv = IssueCsv.write(published, words).getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> Stores.on(TestDatabase.H2.fresh()).imports().importWorkbook("issue-17.xlsx", csv, IssueImport.Options.NONE))
                .hasMessageStartingWith("issue-17.xlsx: is not an .xlsx workbook");
    }

    @Test
    void binaryGarbageThatStartsAsAZipArchiveIsRefusedAsNotAReadableWorkbook() {
        byte[] garbage = new byte[4096];
        new java.util.Random(17).nextBytes(garbage);
        garbage[0] = 'P';
        garbage[1] = 'K';
        garbage[2] = 3;
        garbage[3] = 4;

        assertThatThrownBy(() -> IssueXlsx.readAll("garbage.bin", garbage)).hasMessageStartingWith("garbage.bin: is not a readable .xlsx workbook");
        assertThat(IssueXlsx.isWorkbook("garbage.bin", garbage)).isTrue();
        assertThat(IssueXlsx.isWorkbook("issue.csv", "record,subject".getBytes(StandardCharsets.UTF_8))).isFalse();
    }

    @Test
    void aZipArchiveThatIsNoWorkbookIsRefused() throws IOException {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(zip)) {
            out.putNextEntry(new java.util.zip.ZipEntry("notes.txt"));
            out.write("not a workbook".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }

        assertThatThrownBy(() -> IssueXlsx.readAll("notes.xlsx", zip.toByteArray())).hasMessageStartingWith("notes.xlsx: is not a readable .xlsx workbook");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theForecastsSheetListsEachStatementAndImportBringsThemBackThroughTheirChecks(TestDatabase database) throws IOException {
        IssueWords worded = new IssueWords(words.narrative(), words.authors(), ExportRoundTripTests.STATEMENTS);
        byte[] exported = IssueXlsx.write(published, worded);

        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(exported))) {
            Sheet sheet = book.getSheet("Forecasts");
            assertThat(texts(sheet.getRow(0))).containsExactly("About", "Subject", "Figure", "Comparison", "Threshold", "Upper threshold",
                    "Colour", "Probability");
            assertThat(texts(sheet.getRow(1))).containsExactly("18", "russia", "aggregate", "above", "-5", "", "", "0.7");
            assertThat(texts(sheet.getRow(2))).containsExactly("19", "security", "level", "stays_in", "", "", "Yellow", "");
            assertThat(texts(sheet.getRow(3))).containsExactly("18", "china", "positive", "between", "2", "9", "", "0.625");
            assertThat(sheet.getRow(1).getCell(4).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(sheet.getRow(1).getCell(7).getNumericCellValue()).isEqualTo(0.7);
        }
        DataSource empty = database.fresh();
        Stores.on(empty).imports().importWorkbook("issue-17.xlsx", exported, IssueImport.Options.NONE);

        Stores stores = Stores.on(empty);
        List<org.barometer.method.ForecastStatement> stored = ExportRoundTripTests.storedForecasts(stores);
        assertThat(stored).containsExactlyElementsOf(ExportRoundTripTests.STATEMENTS);
        IssueWords again = new IssueWords(ExportRoundTripTests.stored(stores).narrative(), ExportRoundTripTests.stored(stores).authors(), stored);
        assertThat(cells(IssueXlsx.write(stores.issues().find(17).orElseThrow(), again))).isEqualTo(cells(IssueXlsx.write(published, again)))
                .contains("sheet Forecasts", "A4 18.0", "B4 china", "F4 9.0", "H4 0.625");
    }

    @Test
    void aWorkbookFromBeforeForecastSheetsReadsWithoutStatementsAndABadStatementIsRefusedNamingItsCell() {
        assertThat(IssueXlsx.readAll("old.xlsx", edited(book -> book.removeSheetAt(book.getSheetIndex("Forecasts")))).words()).isEqualTo(words);
        byte[] sideways = withStatements(book -> book.getSheet("Forecasts").getRow(2).getCell(3).setCellValue("sideways"));
        assertThatThrownBy(() -> IssueXlsx.readAll("issue-17.xlsx", sideways)).hasMessage("issue-17.xlsx: sheet \"Forecasts\", row 3, column D (Comparison): "
                + "\"sideways\" is not a comparison; expected above, below, between, stays_in or changes_sign");
        byte[] reversed = withStatements(book -> {
            book.getSheet("Forecasts").getRow(3).getCell(4).setCellValue(9);
            book.getSheet("Forecasts").getRow(3).getCell(5).setCellValue(2);
        });
        assertThatThrownBy(() -> IssueXlsx.readAll("issue-17.xlsx", reversed))
                .hasMessageStartingWith("issue-17.xlsx: sheet \"Forecasts\", row 4, column D (Comparison): between +9 and +2");
    }

    private static byte[] withStatements(Consumer<Workbook> change) {
        return edited(new IssueWords(words.narrative(), words.authors(), ExportRoundTripTests.STATEMENTS), change);
    }

    /** A row's first cells (as many as the forecast sheet's columns) as a reader sees them, whole numbers without decimals, an absent cell empty. */
    static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        for (int column = 0; column < org.barometer.report.IssueWorkbook.FORECAST_HEADER.size(); column++) {
            Cell cell = row.getCell(column);
            texts.add(cell == null ? "" : cell.getCellType() == CellType.NUMERIC && cell.getNumericCellValue() == Math.rint(cell.getNumericCellValue())
                    ? Long.toString((long) cell.getNumericCellValue()) : cell.toString());
        }
        return texts;
    }

    /** Every cell of every sheet as text, formulas as written and evaluated, sheet by sheet. */
    static List<String> cells(byte[] workbook) {
        List<String> cells = new ArrayList<>();
        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            FormulaEvaluator evaluator = book.getCreationHelper().createFormulaEvaluator();
            for (Sheet sheet : book) {
                cells.add("sheet " + sheet.getSheetName());
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        String value = switch (cell.getCellType()) {
                            case FORMULA -> "=" + cell.getCellFormula() + " -> " + evaluator.evaluate(cell).formatAsString();
                            case NUMERIC -> Double.toString(cell.getNumericCellValue());
                            default -> cell.toString();
                        };
                        cells.add(cell.getAddress() + " " + value);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return cells;
    }

    /** The seed's workbook with one change made as in a spreadsheet program. */
    static byte[] edited(Consumer<Workbook> change) {
        return edited(words, change);
    }

    /** The workbook of the seed with these words, with one change made as in a spreadsheet program. */
    static byte[] edited(IssueWords those, Consumer<Workbook> change) {
        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(IssueXlsx.write(published, those)))) {
            change.accept(book);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
