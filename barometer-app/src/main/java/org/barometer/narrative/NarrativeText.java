package org.barometer.narrative;

/**
 * One stored narrative text in Markdown: a subject (a relationship code, "national", "regional", "foreword" or "acknowledgements"),
 * a part ("trends", "developments", "forecast"; "text" or "signature" for the foreword) and a language ("en", "ru").
 * The version counts saves, for editors not to overwrite each other.
 */
public record NarrativeText(String subject, String part, String language, String markdown, int version) {

    public String html() {
        return SafeMarkdown.toHtml(markdown);
    }
}
