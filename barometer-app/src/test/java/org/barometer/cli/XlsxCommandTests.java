package org.barometer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.barometer.importer.IssueXlsx;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `export --format xlsx --out FILE` and `import FILE.xlsx` as a user runs them on the embedded store. */
class XlsxCommandTests {

    @TempDir
    Path folder;

    @Test
    void anExportedWorkbookImportsIntoAnotherStoreAsTheSameIssue() throws IOException {
        Path first = folder.resolve("first");
        ImportedSeed.copyInto(first);
        Path workbook = folder.resolve("issue-17.xlsx");

        Cli export = Cli.onStore(first, "export", "--issue", "17", "--format", "xlsx", "--out", workbook.toString());
        Path second = folder.resolve("second");
        Cli imported = Cli.onStore(second, "import", workbook.toString());

        assertThat(export.status()).as(export.err()).isZero();
        assertThat(export.out()).isEmpty();
        assertThat(Files.readAllBytes(workbook)).startsWith('P', 'K', 3, 4);
        assertThat(imported.status()).as(imported.err()).isZero();
        assertThat(imported.out()).startsWith("Imported issue No. 17 from " + workbook + " as published: 5 relationship catalogues")
                .contains("authors: 6");
        assertThat(Cli.onStore(second, "export", "--issue", "17", "--format", "json").out())
                .isEqualTo(Cli.onStore(first, "export", "--issue", "17", "--format", "json").out());
    }

    @Test
    void aWorkbookIsDetectedByItsZipSignatureWhateverItsName() throws IOException {
        Path first = folder.resolve("first");
        ImportedSeed.copyInto(first);
        Path renamed = folder.resolve("issue-17.data");
        Cli.onStore(first, "export", "--issue", "17", "--format", "xlsx", "--out", renamed.toString());

        Cli imported = Cli.onStore(folder.resolve("second"), "import", renamed.toString());

        assertThat(imported.status()).as(imported.err()).isZero();
        assertThat(imported.out()).startsWith("Imported issue No. 17 from " + renamed);
    }

    @Test
    void xlsxWithoutOutIsRefusedRatherThanWrittenToTheTerminal() {
        Path store = folder.resolve("store");
        ImportedSeed.copyInto(store);

        Cli export = Cli.onStore(store, "export", "--issue", "17", "--format", "xlsx");

        assertThat(export.status()).isEqualTo(1);
        assertThat(export.out()).isEmpty();
        assertThat(export.err()).isEqualTo("barometer: --format xlsx writes a binary workbook; give --out FILE.xlsx to write it to a file"
                + System.lineSeparator());
    }

    @Test
    void aCsvRenamedToXlsxIsRefusedAndNothingIsStored() throws IOException {
        Path store = folder.resolve("store");
        ImportedSeed.copyInto(store);
        Path csv = folder.resolve("issue-17.csv");
        Cli.onStore(store, "export", "--issue", "17", "--format", "csv", "--out", csv.toString());
        Path renamed = folder.resolve("issue-17.xlsx");
        Files.move(csv, renamed);
        Path empty = folder.resolve("empty");

        Cli imported = Cli.onStore(empty, "import", renamed.toString());

        assertThat(imported.status()).isEqualTo(1);
        assertThat(imported.err()).startsWith("barometer: " + renamed + ": is not an .xlsx workbook");
        assertThat(Cli.onStore(empty, "export", "--issue", "17", "--format", "json").status()).isEqualTo(1);
    }

    @Test
    void aBrokenScoreCellIsRefusedNamingSheetRowAndColumn() throws IOException {
        Path store = folder.resolve("store");
        ImportedSeed.copyInto(store);
        Path workbook = folder.resolve("issue-17.xlsx");
        Cli.onStore(store, "export", "--issue", "17", "--format", "xlsx", "--out", workbook.toString());
        byte[] broken = brokenScore(Files.readAllBytes(workbook));
        Files.write(workbook, broken);
        String before = Cli.onStore(store, "export", "--issue", "17", "--format", "json").out();

        Cli imported = Cli.onStore(store, "import", workbook.toString(), "--replace");

        assertThat(imported.status()).isEqualTo(1);
        assertThat(imported.err()).isEqualTo("barometer: " + workbook + ": sheet \"china\", row 2, column C (Score): \"+\" is not a whole-number score"
                + System.lineSeparator());
        assertThat(Cli.onStore(store, "export", "--issue", "17", "--format", "json").out()).isEqualTo(before);
        assertThat(IssueXlsx.isWorkbook("x.csv", broken)).isTrue();
        assertThat(new String(broken, 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");
    }

    private static byte[] brokenScore(byte[] workbook) throws IOException {
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(workbook))) {
            book.getSheet("china").getRow(1).getCell(2).setCellValue("+");
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            book.write(out);
            return out.toByteArray();
        }
    }
}
