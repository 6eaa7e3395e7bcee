package org.barometer.importer;

/** A line of a published text that the import kept in no part of the narrative: where it is and how it starts. */
public record Notice(String source, int line, String start) {

    private static final int SHOWN = 60;

    static Notice of(String source, int line, String text) {
        String stripped = text.strip();
        return new Notice(source, line, stripped.length() <= SHOWN ? stripped : stripped.substring(0, SHOWN) + "…");
    }

    /** The notice as one line: {@code issue-17.txt:96: not placed in the narrative: The yellow level…}. */
    public String message() {
        return source + ":" + line + ": not placed in the narrative: " + start;
    }
}
