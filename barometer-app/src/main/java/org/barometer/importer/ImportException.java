package org.barometer.importer;

/**
 * Input an import cannot take. The message names the file, the line and the field where it can,
 * and quotes the offending line, so the analyst can find and fix it.
 */
public class ImportException extends RuntimeException {

    public ImportException(String source, int line, String text, String reason) {
        super(source + (line > 0 ? ":" + line : "") + ": " + reason + (text == null ? "" : System.lineSeparator() + "  | " + text));
    }

    public ImportException(String source, String reason) {
        this(source, 0, null, reason);
    }
}
