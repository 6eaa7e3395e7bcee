package org.barometer.report;

import java.util.List;

import org.barometer.method.IssueStatus;

/**
 * Everything one revision of an issue publishes, in one language, ready for both renderings (web page and PDF). The
 * title is the cover's title in this language where one is written, else the issue's own; the publisher is the cover's
 * (plain text, empty when none is named).
 * Figures are computed from the catalogues; where the issue as originally published stated another figure, the
 * figure carries it so that the page can say so.
 */
public record IssueReport(String language, int number, int revision, String title, String publisher, String period, IssueStatus status, String correctionNote,
                   Text foreword, Text signature, List<RelationshipSection> relationships, SecuritySection security,
                   List<ChartSvg> dynamics, List<Band> scale, List<Person> authors, Text acknowledgements, List<String> notes) {

    public IssueReport {
        relationships = List.copyOf(relationships);
        dynamics = List.copyOf(dynamics);
        scale = List.copyOf(scale);
        authors = List.copyOf(authors);
        notes = List.copyOf(notes);
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
    }

    /**
     * A figure computed from the catalogue; when the issue as originally published stated another, that figure
     * (else null) and a sentence saying so.
     */
    record ComputedFigure(String value, String published, String note) {

        public boolean differs() {
            return published != null;
        }
    }

    record RelationshipSection(String code, String anchor, String name, String heading, ComputedFigure aggregate, ComputedFigure positive,
                               ComputedFigure negative, ComputedFigure total, List<EventRow> events, Text trends, Text developments,
                               Text forecast, ChartSvg balance) {
    }

    record EventRow(String date, Text description, String score) {
    }

    record SecuritySection(ComputedFigure national, ComputedFigure regional, Level level, List<SecurityRow> events, Text nationalTrends,
                           Text regionalTrends, Text nationalDevelopments, Text regionalDevelopments, Text nationalForecast,
                           Text regionalForecast) {

        public boolean noTrends() {
            return nationalTrends.missing() && regionalTrends.missing();
        }

        public boolean noForecast() {
            return nationalForecast.missing() && regionalForecast.missing();
        }
    }

    record SecurityRow(String date, Text description, String national, String regional) {
    }

    /** The colour band the regional tension total falls in; published is the colour word the issue printed, if it differs. */
    record Level(String colour, String key, Text meaning, String published, String note) {

        public boolean differs() {
            return published != null;
        }
    }

    /** One band of the colour scale as the appendix shows it; current marks the band of this issue. */
    record Band(String colour, String key, String range, Text meaning, boolean current) {
    }

    record Person(String name, String affiliation, String biography) {
    }
}
