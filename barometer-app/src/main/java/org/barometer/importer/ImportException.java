package org.barometer.importer;

/**
 * Input an import cannot take. The message, one line, names the file, the line and the field where it can,
 * and quotes the offending line after a bar, so the analyst can find and fix it.
 */
public class ImportException extends RuntimeException {

    public ImportException(String source, int line, String text, String reason) {
        super(source + (line > 0 ? ":" + line : "") + ": " + reason + (text == null ? "" : " | " + text.replaceAll("\\R", " ")));
    }

    public ImportException(String source, String reason) {
        this(source, 0, null, reason);
    }
}
