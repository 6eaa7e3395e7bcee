package org.barometer.narrative;

import java.util.List;
import java.util.Optional;

/** The narrative texts of one revision of an issue. */
public record IssueNarrative(int number, int revision, List<NarrativeText> texts) {

    public IssueNarrative {
        texts = List.copyOf(texts);
    }

    public Optional<NarrativeText> text(String subject, String part, String language) {
        return texts.stream()
                .filter(t -> t.subject().equals(subject) && t.part().equals(part) && t.language().equals(language))
                .findFirst();
    }

    /** The Markdown as written, or empty when nothing is written. */
    public String markdown(String subject, String part, String language) {
        return text(subject, part, language).map(NarrativeText::markdown).orElse("");
    }

    /** The title the cover gives in this language ("en", "ru"), else the issue's own. */
    public String title(String language, String own) {
        String written = markdown(org.barometer.method.NarrativeParts.COVER, "title", language).strip();
        return written.isEmpty() ? own : written;
    }

    /** The text as safe HTML, or empty when nothing is written. */
    public String html(String subject, String part, String language) {
        return SafeMarkdown.toHtml(markdown(subject, part, language));
    }
}
