package org.barometer.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.barometer.method.Catalogue;
import org.barometer.method.DateExpression;
import org.barometer.method.ColourBand;
import org.barometer.method.Event;
import org.barometer.method.Figure;
import org.barometer.method.Issue;
import org.barometer.method.NarrativeParts;
import org.barometer.method.RelationsIndex;
import org.barometer.method.Relationship;
import org.barometer.method.SecurityEvent;
import org.barometer.method.SecurityIndices;
import org.barometer.method.StatedFigure;
import org.barometer.method.StatedFigureMismatch;
import org.barometer.narrative.IssueNarrative;
import org.barometer.narrative.SafeMarkdown;
import org.barometer.publicdata.PublishedCodebook;
import org.barometer.publicdata.PublishedForecast;
import org.barometer.reliability.PartReliability;
import org.barometer.report.IssueReport.Band;
import org.barometer.report.IssueReport.CodebookAnchor;
import org.barometer.report.IssueReport.CodebookLevel;
import org.barometer.report.IssueReport.CodebookPart;
import org.barometer.report.IssueReport.EarlierForecast;
import org.barometer.report.IssueReport.EventRow;
import org.barometer.report.IssueReport.Level;
import org.barometer.report.IssueReport.Person;
import org.barometer.report.IssueReport.RelationshipSection;
import org.barometer.report.IssueReport.SecurityPart;
import org.barometer.report.IssueReport.SecurityRow;
import org.barometer.report.IssueReport.SecuritySection;
import org.barometer.report.IssueReport.Text;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import static org.barometer.report.ReportNumbers.signed;

/** Gathers one revision of an issue, its narratives, authors and dynamics into the report both renderings show. */
@Component
class ReportAssembly {

    private final MessageSource messages;

    ReportAssembly(MessageSource messages) {
        this.messages = messages;
    }

    /** The publication in the language asked for ("en" or "ru"). */
    IssueReport assemble(Publication publication, String language) {
        return report(publication, new ReportWords(messages, ReportWords.language(language)));
    }

    private IssueReport report(Publication publication, ReportWords words) {
        BundledFont.registerForCharts();
        Issue issue = publication.issue();
        IssueNarrative texts = publication.narrative();
        PublishedFigures mismatches = new PublishedFigures(issue, words);
        List<RelationshipSection> sections = new ArrayList<>();
        Earlier earlier = new Earlier(publication.earlierForecasts(), words);
        for (Catalogue catalogue : issue.catalogues()) {
            sections.add(section(catalogue, texts, mismatches, words, earlier, publication.reliability()));
        }
        List<ChartSvg> charts = List.of();
        if (publication.dynamics().points().size() >= 2) {
            Series named = Series.of(publication.dynamics(), words::name);
            charts = List.of(
                    IssueCharts.relationshipIndices(named, words.locale()),
                    IssueCharts.nationalSecurity(named, words.locale()),
                    IssueCharts.regionalTension(named, issue.scale(), words.locale()));
        }
        SecurityIndices indices = issue.securityIndices();
        List<Band> bands = issue.scale().bands().stream()
                .map(band -> new Band(words.colour(band.colour()), ReportWords.key(band.colour()), words.range(band), words.meaning(band),
                        issue.security().covered() && band.equals(indices.level())))
                .toList();
        List<Person> people = publication.authors().stream()
                .map(author -> new Person(author.name(), author.affiliation(), author.biography()))
                .toList();
        String note = publication.correctionNote();
        return new IssueReport(words.language(), issue.number(), publication.revision(), coverTitle(issue, texts, words),
                plain(texts, NarrativeParts.COVER, "publisher", words), words.period(issue.period()), words.periodInText(issue.period()),
                issue.status(), note == null || note.isBlank() ? null : note,
                narrative(texts, NarrativeParts.FOREWORD, "text", words), narrative(texts, NarrativeParts.FOREWORD, "signature", words),
                sections, security(issue, texts, mismatches, words, earlier, publication.reliability()), charts, bands, people,
                narrative(texts, NarrativeParts.ACKNOWLEDGEMENTS, "thanks", words), mismatches.note(), publication.reliability(),
                codebook(publication.codebook(), words));
    }

    private static List<CodebookPart> codebook(PublishedCodebook codebook, ReportWords words) {
        return codebook.parts().stream().map(part -> new CodebookPart(words.name(new Relationship(part.relationship(), part.name())),
                part.levels().stream().map(level -> new CodebookLevel(level.signed(), level.anchors().stream()
                        .map(anchor -> new CodebookAnchor(words.get("report.codebook.where", anchor.event().issue(),
                                new DateExpression(anchor.event().date(), anchor.event().start(), anchor.event().end(),
                                        anchor.event().precision()).in(words.language())),
                                description(anchor.event().description(), anchor.event().descriptionRu(), words),
                                description(anchor.rationale(), anchor.rationaleRu(), words)))
                        .toList())).toList()))
                .toList();
    }

    private RelationshipSection section(Catalogue catalogue, IssueNarrative texts, PublishedFigures mismatches, ReportWords words,
                                        Earlier earlier, List<PartReliability> reliability) {
        Relationship relationship = catalogue.relationship();
        RelationsIndex index = catalogue.index();
        String subject = relationship.code();
        List<EventRow> rows = new ArrayList<>();
        for (Event event : catalogue.events()) {
            rows.add(new EventRow(event.date().in(words.language()), description(event.description(), event.descriptionRu(), words),
                    signed(event.score()), mismatches.outOfBound(event.score())));
        }
        String name = words.name(relationship);
        String code = relationship.code();
        boolean covered = catalogue.covered();
        Optional<PartReliability> range = PartReliability.ranged(reliability, code);
        return new RelationshipSection(code, "relationship-" + code, name, words.heading(relationship), covered,
                covered ? mismatches.figure(subject, Figure.AGGREGATE, index.aggregate()).within(range) : null,
                covered ? mismatches.figure(subject, Figure.POSITIVE, index.positive()) : null,
                covered ? mismatches.figure(subject, Figure.NEGATIVE, index.negative()) : null,
                covered ? mismatches.figure(subject, Figure.TOTAL, index.aggregate()).within(range) : null,
                rows, narrative(texts, code, "trends", words), narrative(texts, code, "developments", words),
                narrative(texts, code, "forecast", words),
                covered ? IssueCharts.positiveNegative(name, mismatches.number(subject, Figure.POSITIVE, index.positive()),
                        mismatches.number(subject, Figure.NEGATIVE, index.negative()), words.locale()) : null,
                earlier.of(code));
    }

    private SecuritySection security(Issue issue, IssueNarrative texts, PublishedFigures mismatches, ReportWords words, Earlier earlier,
                                     List<PartReliability> reliability) {
        SecurityIndices indices = issue.securityIndices();
        List<SecurityRow> rows = new ArrayList<>();
        for (SecurityEvent event : issue.security().events()) {
            rows.add(new SecurityRow(event.date().in(words.language()), description(event.description(), event.descriptionRu(), words),
                    signed(event.national()), signed(event.regional()),
                    mismatches.outOfBound(event.national()), mismatches.outOfBound(event.regional())));
        }
        boolean covered = issue.security().covered();
        return new SecuritySection(covered,
                covered ? mismatches.figure(StatedFigure.SECURITY, Figure.NATIONAL, indices.national())
                        .within(PartReliability.ranged(reliability, PartReliability.NATIONAL)) : null,
                covered ? mismatches.figure(StatedFigure.SECURITY, Figure.REGIONAL, indices.regional())
                        .within(PartReliability.ranged(reliability, PartReliability.REGIONAL)) : null,
                covered ? level(issue, mismatches.find(StatedFigure.SECURITY, Figure.LEVEL), words) : null,
                rows,
                narrative(texts, NarrativeParts.SECURITY, "trends", words), narrative(texts, NarrativeParts.SECURITY, "forecast", words),
                securityPart(texts, NarrativeParts.NATIONAL, words, earlier), securityPart(texts, NarrativeParts.REGIONAL, words, earlier));
    }

    /**
     * The colour of record: the colour word the issue printed (with its band's meaning where the scale has that
     * colour), else the band of the catalogue's total.
     */
    private static Level level(Issue issue, StatedFigureMismatch stated, ReportWords words) {
        ColourBand computed = issue.securityIndices().level();
        if (stated == null) {
            return new Level(words.colour(computed.colour()), ReportWords.key(computed.colour()), words.meaning(computed), null);
        }
        ColourBand band = issue.scale().band(stated.stated().strip()).orElse(computed);
        return new Level(words.colour(stated.stated().strip()), ReportWords.key(stated.stated()), words.meaning(band),
                words.colour(computed.colour()));
    }

    private SecurityPart securityPart(IssueNarrative texts, String subject, ReportWords words, Earlier earlier) {
        return new SecurityPart(narrative(texts, subject, "trends", words), narrative(texts, subject, "developments", words),
                narrative(texts, subject, "forecast", words), earlier.of(subject));
    }

    /** The earlier issues' statements about this one, in words, by the section whose forecast they open. */
    private record Earlier(List<PublishedForecast> forecasts, ReportWords words) {

        List<EarlierForecast> of(String section) {
            return forecasts.stream().filter(forecast -> forecast.stored().section().equals(section)).map(this::line).toList();
        }

        private EarlierForecast line(PublishedForecast forecast) {
            var stored = forecast.stored();
            var statement = forecast.statement();
            String figure = words.get("forecast.figure." + stored.figureKey(), words.name(statement.subject(), forecast.subjectName()));
            String sentence = words.get("forecast.sentence." + stored.comparisonKey(), figure, stored.low(), stored.high(),
                    statement.colour() == null ? "" : words.colour(statement.colour()), statement.about());
            if (!stored.percent().isEmpty()) {
                sentence += ", " + words.get("forecast.chance", stored.percent());
            }
            String verdict = forecast.outcome().equals("pending") ? words.get("forecast.verdict.pending", statement.about())
                    : words.get("forecast.verdict." + forecast.outcome());
            String brierText = forecast.brierText(words.locale());
            String brier = brierText.isEmpty() ? "" : words.get("forecast.brier", brierText);
            String reason = forecast.why().map(words::reason).orElse("");
            return new EarlierForecast(words.get("report.forecast.made-in", statement.madeIn(), sentence), verdict, reason, brier);
        }
    }

    /** An event's description in the language asked for, else in the other one, marked as such. */
    static Text description(String english, String russian, ReportWords words) {
        boolean russianAsked = "ru".equals(words.language());
        String wanted = russianAsked ? russian : english;
        if (!wanted.isEmpty()) {
            return new Text(wanted, words.language(), false);
        }
        return new Text(russianAsked ? english : russian, words.other(), true);
    }

    /**
     * A narrative part as safe HTML in the language asked for, else in the other one, marked; NONE if unwritten. Its
     * own headings go below the heading of the section it stands in, so that the page's outline stays in order.
     */
    private Text narrative(IssueNarrative texts, String subject, String part, ReportWords words) {
        int below = switch (subject) {
            case NarrativeParts.FOREWORD, NarrativeParts.ACKNOWLEDGEMENTS -> 2;
            case NarrativeParts.NATIONAL, NarrativeParts.REGIONAL -> 4;
            default -> 3;
        };
        for (String language : List.of(words.language(), words.other())) {
            String markdown = texts.markdown(subject, part, language);
            if (!markdown.isBlank()) {
                String html = NarrativeHeadings.below(below, SafeMarkdown.toHtml(lineByLine(subject, part, markdown)));
                return new Text(html, language, !language.equals(words.language()));
            }
        }
        return Text.NONE;
    }

    /** The title the cover gives in this language, else the issue's own. */
    private static String coverTitle(Issue issue, IssueNarrative texts, ReportWords words) {
        return texts.title(words.language(), issue.title());
    }

    /** A short cover text (the publisher) as plain text in this language, else in the other; empty if written in neither. */
    private static String plain(IssueNarrative texts, String subject, String part, ReportWords words) {
        for (String language : List.of(words.language(), words.other())) {
            String markdown = texts.markdown(subject, part, language).strip();
            if (!markdown.isEmpty()) {
                return org.jsoup.Jsoup.parse(SafeMarkdown.toHtml(markdown)).text();
            }
        }
        return "";
    }

    /** A signature keeps its lines ("Name," / "Editor"), which Markdown would join into one. */
    private static String lineByLine(String subject, String part, String markdown) {
        return NarrativeParts.FOREWORD.equals(subject) && "signature".equals(part) ? markdown.strip().replaceAll("\\s*\\R", "  \n") : markdown;
    }
}
