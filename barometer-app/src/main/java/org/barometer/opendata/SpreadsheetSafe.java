package org.barometer.opendata;

/**
 * Text cells as a spreadsheet will not execute them: a cell that opens with =, +, -, @, a tab or a carriage return
 * gets a leading single quote. Only text columns pass through here; number columns stay numbers.
 */
final class SpreadsheetSafe {

    private SpreadsheetSafe() {
    }

    static String text(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell == null ? "" : cell;
        }
        return switch (cell.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + cell;
            default -> cell;
        };
    }
}
