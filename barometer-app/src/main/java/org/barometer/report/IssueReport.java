package org.barometer.report;

import java.util.List;
import java.util.Optional;

import org.barometer.method.IssueStatus;
import org.barometer.reliability.PartReliability;

/**
 * Everything one revision of an issue publishes, in one language, ready for both renderings (web page and PDF). The
 * title is the cover's title in this language where one is written, else the issue's own; the publisher is the cover's
 * (plain text, empty when none is named). The period is written as a cover prints it ("Сентябрь–октябрь 2020") and
 * as a sentence says it ("за сентябрь–октябрь 2020"). Parts with nothing written are missing (and left out of the publication).
 * Figures are the issue's figures of record: what it stated where it stated a figure, else the catalogue's sum; where
 * the catalogue adds up to something else, the figure is marked and the editor's note gives both.
 */
public record IssueReport(String language, int number, int revision, String title, String publisher, String period, String periodInText, IssueStatus status, String correctionNote,
                   Text foreword, Text signature, List<RelationshipSection> relationships, SecuritySection security,
                   List<ChartSvg> dynamics, List<Band> scale, List<Person> authors, Text acknowledgements, EditorsNote note,
                   List<PartReliability> reliability, List<CodebookPart> codebook) {

    public IssueReport {
        relationships = List.copyOf(relationships);
        dynamics = List.copyOf(dynamics);
        scale = List.copyOf(scale);
        authors = List.copyOf(authors);
        reliability = List.copyOf(reliability);
        codebook = List.copyOf(codebook);
    }

    /** Whether any part was scored twice, so the publication carries its reliability note. */
    public boolean hasReliability() {
        return reliability.stream().anyMatch(PartReliability::measured);
    }

    /** The relationships' names by code, for the reliability note. */
    public java.util.Map<String, String> relationshipNames() {
        java.util.Map<String, String> names = new java.util.LinkedHashMap<>();
        relationships.forEach(section -> names.put(section.code(), section.name()));
        return names;
    }

    /** The foreword is printed when its text or its signature is written. */
    public boolean hasForeword() {
        return !foreword.missing() || !signature.missing();
    }

    /** The dynamics charts are drawn from the second issue on; before, the summary says so in a line. */
    public boolean hasDynamics() {
        return !dynamics.isEmpty();
    }

    /** Fallback texts of the colour scale's meanings: one line under its caption says which language they are in. */
    public Languages scaleLanguages() {
        return Languages.of(scale.stream().map(Band::meaning).toList());
    }

    /** The codebook is printed as the last appendix when the editor chose it for the issue and it has anchors. */
    public boolean hasCodebook() {
        return !codebook.isEmpty();
    }

    /** A relationship's anchors in the codebook appendix, level by level (the highest score first). */
    record CodebookPart(String name, List<CodebookLevel> levels) {
    }

    /** A score level ("+2") and its anchor events. */
    record CodebookLevel(String score, List<CodebookAnchor> anchors) {
    }

    /** An anchor event: where it was published ("No. 17, 5 October"), what happened, and why it has its score. */
    record CodebookAnchor(String where, Text description, Text rationale) {
    }

    /** Anything but a published revision is marked as a draft on every page. */
    public boolean draft() {
        return status != IssueStatus.PUBLISHED;
    }

    /** "No. 17" style file name stem: barometer-17-en, barometer-17-draft-en. */
    public String fileStem() {
        return "barometer-" + number + (draft() ? "-draft-" : "-") + language;
    }

    /**
     * A text shown in the language it is written in: the language asked for, or the other one (fallback) when it is
     * missing there. Narratives carry safe HTML, event descriptions plain text. Empty content means nothing is written.
     */
    record Text(String content, String language, boolean fallback) {

        static final Text NONE = new Text("", "", false);

        public boolean missing() {
            return content.isEmpty();
        }

        public boolean present() {
            return !content.isEmpty();
        }
    }

    /**
     * What a table of texts shows in the other language (descriptions the language asked for lacks), said once for the
     * table: the other language ("" when none) and whether every text is in it.
     */
    record Languages(String other, boolean all) {

        static Languages of(List<Text> texts) {
            List<Text> fallbacks = texts.stream().filter(Text::fallback).toList();
            return fallbacks.isEmpty() ? new Languages("", false)
                    : new Languages(fallbacks.get(0).language(), fallbacks.size() == texts.size());
        }

        public boolean any() {
            return !other.isEmpty();
        }

        /** The key of the line that says so, after a prefix: report.lang.all.en, report.scale.lang.some.ru. */
        public String key(String prefix) {
            return prefix + (all ? ".all." : ".some.") + other;
        }
    }

    /**
     * A figure of record: the one the issue stated, else the catalogue's sum; catalogue is the catalogue's sum where it
     * differs from the figure of record (else null), which the editor's note explains; range is the lowest and highest
     * index with the second coder's scores ("−6 … −4") where they give another one (else null), which the reliability
     * note explains.
     */
    record RecordFigure(String value, String catalogue, String range) {

        RecordFigure(String value, String catalogue) {
            this(value, catalogue, null);
        }

        public boolean differs() {
            return catalogue != null;
        }

        public boolean ranged() {
            return range != null;
        }

        /**
         * The same figure with the range of its part, where the second scores give another index. Not beside a stated
         * figure that differs from the catalogue's sum: the range is of the sums, and beside a figure it does not start
         * from it would mislead; the reliability note gives it.
         */
        RecordFigure within(Optional<PartReliability> part) {
            if (differs()) {
                return this;
            }
            return part.map(p -> new RecordFigure(value, catalogue, ReportNumbers.signed(p.lowest()) + " \u2026 "
                    + ReportNumbers.signed(p.highest()))).orElse(this);
        }
    }

    /** A relationship's section; one the issue does not cover (no events) has no figures and no chart (null), and says so. */
    record RelationshipSection(String code, String anchor, String name, String heading, boolean covered, RecordFigure aggregate,
                               RecordFigure positive, RecordFigure negative, RecordFigure total, List<EventRow> events, Text trends,
                               Text developments, Text forecast, ChartSvg balance, List<EarlierForecast> earlier) {

        public Languages languages() {
            return Languages.of(events.stream().map(EventRow::description).toList());
        }
    }

    /** A catalogue row; outOfBound marks a score outside the issue's bound, which the editor's note explains. */
    record EventRow(String date, Text description, String score, boolean outOfBound) {
    }

    /**
     * The security barometer: its figures, its own trends and forecast, and national and regional security, each with
     * trends, developments and forecast as written. With no security events the issue does not cover it: no figures
     * and no colour (null), and it says so.
     */
    record SecuritySection(boolean covered, RecordFigure national, RecordFigure regional, Level level, List<SecurityRow> events,
                           Text trends, Text forecast, SecurityPart nationalPart, SecurityPart regionalPart) {

        public Languages languages() {
            return Languages.of(events.stream().map(SecurityRow::description).toList());
        }
    }

    /** National or regional security as the security barometer writes it; missing when none of its parts is written. */
    record SecurityPart(Text trends, Text developments, Text forecast, List<EarlierForecast> earlier) {

        public boolean missing() {
            return trends.missing() && developments.missing() && forecast.missing() && earlier.isEmpty();
        }
    }

    /**
     * A statement an earlier issue made about this one, in words, and how it turned out: the verdict, the method's reason
     * (in English, the method's words) and the Brier score where a probability was given.
     */
    record EarlierForecast(String statement, String verdict, String reason, String brier) {
    }

    record SecurityRow(String date, Text description, String national, String regional, boolean nationalOutOfBound,
                       boolean regionalOutOfBound) {
    }

    /**
     * The colour of regional tension of record (the colour word the issue printed, else the band its total falls in);
     * catalogue is the colour of the catalogue's total where it differs (else null).
     */
    record Level(String colour, String key, Text meaning, String catalogue) {

        public boolean differs() {
            return catalogue != null;
        }
    }

    /**
     * The editor's note of an issue whose figures of record differ from its catalogue's sums, or whose catalogue holds a
     * score outside its bound: a row per differing figure, a sentence per such score. Empty for an issue made in
     * Barometer, whose figures are its catalogue's sums.
     */
    record EditorsNote(List<NoteRow> figures, List<String> scores) {

        public EditorsNote {
            figures = List.copyOf(figures);
            scores = List.copyOf(scores);
        }

        public boolean empty() {
            return figures.isEmpty() && scores.isEmpty();
        }
    }

    /** Russia · aggregate index · +21 · +23 */
    record NoteRow(String subject, String figure, String published, String catalogue) {
    }

    /** One band of the colour scale as the appendix shows it; current marks the band of this issue. */
    record Band(String colour, String key, String range, Text meaning, boolean current) {
    }

    /** An author as the list prints one: "Name, affiliation." and the biography after it. */
    record Person(String name, String affiliation, String biography) {

        /** The full stop that ends the name and affiliation, unless they end in one already. */
        public String stop() {
            String last = affiliation.isBlank() ? name : affiliation;
            return last.strip().matches("(?s).*[.!?…]") ? "" : ".";
        }
    }
}
