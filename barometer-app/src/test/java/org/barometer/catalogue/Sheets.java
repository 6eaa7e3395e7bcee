package org.barometer.catalogue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Workbooks made by the tests with POI, as an analyst's spreadsheet would be: text, number and real date cells. */
final class Sheets {

    private Sheets() {
    }

    /** One sheet of rows: a String is a text cell, a Number a number cell, a LocalDate a date cell; an empty row is left blank. */
    static byte[] workbook(String name, List<? extends List<?>> rows) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("d mmmm yyyy"));
            Sheet sheet = book.createSheet(name);
            for (int r = 0; r < rows.size(); r++) {
                if (rows.get(r).isEmpty()) {
                    continue;
                }
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    Object value = rows.get(r).get(c);
                    Cell cell = row.createCell(c);
                    if (value instanceof LocalDate day) {
                        cell.setCellValue(day);
                        cell.setCellStyle(date);
                    } else if (value instanceof Number number) {
                        cell.setCellValue(number.doubleValue());
                    } else {
                        cell.setCellValue((String) value);
                    }
                }
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
