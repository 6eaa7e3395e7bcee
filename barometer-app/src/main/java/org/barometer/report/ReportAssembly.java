package org.barometer.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.barometer.issue.IssueRef;
import org.barometer.issue.IssueStore;
import org.barometer.method.Catalogue;
import org.barometer.method.ColourBand;
import org.barometer.method.Event;
import org.barometer.method.Figure;
import org.barometer.method.Issue;
import org.barometer.method.IssueStatus;
import org.barometer.method.RelationsIndex;
import org.barometer.method.Relationship;
import org.barometer.method.SecurityEvent;
import org.barometer.method.SecurityIndices;
import org.barometer.method.StatedFigure;
import org.barometer.method.StatedFigureMismatch;
import org.barometer.narrative.IssueNarrative;
import org.barometer.narrative.Narratives;
import org.barometer.report.IssueReport.Band;
import org.barometer.report.IssueReport.EventRow;
import org.barometer.report.IssueReport.Level;
import org.barometer.report.IssueReport.Person;
import org.barometer.report.IssueReport.RelationshipSection;
import org.barometer.report.IssueReport.SecurityRow;
import org.barometer.report.IssueReport.SecuritySection;
import org.barometer.report.IssueReport.Text;
import org.barometer.workflow.Authors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import static org.barometer.method.Scores.signed;

/** Gathers one revision of an issue, its narratives, authors and dynamics into the report both renderings show. */
@Component
class ReportAssembly {

    private final IssueStore issues;
    private final Narratives narratives;
    private final Authors authors;
    private final IssueSeries series;
    private final MessageSource messages;

    ReportAssembly(IssueStore issues, Narratives narratives, Authors authors, IssueSeries series, MessageSource messages) {
        this.issues = issues;
        this.narratives = narratives;
        this.authors = authors;
        this.series = series;
        this.messages = messages;
    }

    /** The revision this audience may read, in the language asked for; empty if there is none. */
    @Transactional(readOnly = true)
    Optional<IssueReport> assemble(int number, Audience audience, String language) {
        Optional<IssueRef> latest = issues.ref(number);
        Optional<IssueRef> shown = audience == Audience.TEAM ? latest : latestPublished(number);
        if (shown.isEmpty()) {
            return Optional.empty();
        }
        IssueRef ref = shown.get();
        Issue issue = issues.find(number, ref.revision()).orElseThrow();
        IssueNarrative texts = narratives.of(number, ref.revision()).orElseThrow();
        boolean newest = latest.map(IssueRef::revision).orElse(-1) == ref.revision();
        return Optional.of(report(issue, ref, texts, dynamics(issue, newest), new ReportWords(messages, ReportWords.language(language))));
    }

    private Optional<IssueRef> latestPublished(int number) {
        return issues.revisions(number).stream()
                .filter(revision -> revision.status() == IssueStatus.PUBLISHED)
                .reduce((earlier, later) -> later)
                .flatMap(revision -> issues.ref(number, revision.revision()));
    }

    /**
     * The issues the dynamics charts show. While a correction of a published issue is being drafted, readers of the
     * published revision must not see the draft's figures, so the series is built from published revisions and the
     * revision shown.
     */
    private Series dynamics(Issue shown, boolean newest) {
        if (newest) {
            return series.upTo(shown.number());
        }
        List<Issue> published = new ArrayList<>();
        issues.list().stream().filter(summary -> summary.number() < shown.number())
                .forEach(summary -> latestPublished(summary.number()).flatMap(ref -> issues.find(ref.number(), ref.revision()))
                        .ifPresent(published::add));
        published.add(shown);
        return IssueSeries.series(published);
    }

    private IssueReport report(Issue issue, IssueRef ref, IssueNarrative texts, Series dynamics, ReportWords words) {
        BundledFont.registerForCharts();
        PublishedFigures mismatches = new PublishedFigures(issue, words);
        List<RelationshipSection> sections = new ArrayList<>();
        for (Catalogue catalogue : issue.catalogues()) {
            sections.add(section(catalogue, texts, mismatches, words));
        }
        Series named = named(dynamics, issue, words);
        List<ChartSvg> charts = List.of(
                IssueCharts.relationshipIndices(named, words.locale()),
                IssueCharts.nationalSecurity(named, words.locale()),
                IssueCharts.regionalTension(named, issue.scale(), words.locale()));
        SecurityIndices indices = issue.securityIndices();
        List<Band> bands = issue.scale().bands().stream()
                .map(band -> new Band(words.colour(band.colour()), ReportWords.key(band.colour()), words.range(band), words.meaning(band),
                        band.equals(indices.level())))
                .toList();
        List<Person> people = authors.of(ref.id()).stream()
                .map(author -> new Person(author.name(), author.affiliation(), author.biography()))
                .toList();
        String correction = issues.revisions(issue.number()).stream()
                .filter(revision -> revision.revision() == ref.revision())
                .map(IssueStore.Revision::correctionNote).filter(note -> note != null && !note.isBlank())
                .findFirst().orElse(null);
        return new IssueReport(words.language(), issue.number(), ref.revision(), issue.title(), words.period(issue.period()),
                ref.status(), correction,
                narrative(texts, Narratives.FOREWORD, "text", words), narrative(texts, Narratives.FOREWORD, "signature", words),
                sections, security(issue, texts, mismatches, words), charts, bands, people,
                narrative(texts, Narratives.ACKNOWLEDGEMENTS, "thanks", words), mismatches.notes());
    }

    private RelationshipSection section(Catalogue catalogue, IssueNarrative texts, PublishedFigures mismatches, ReportWords words) {
        Relationship relationship = catalogue.relationship();
        RelationsIndex index = catalogue.index();
        String subject = relationship.name();
        List<EventRow> rows = new ArrayList<>();
        for (Event event : catalogue.events()) {
            rows.add(new EventRow(event.date().written(), description(event.description(), event.descriptionRu(), words),
                    signed(event.score())));
        }
        String name = words.name(relationship);
        String code = relationship.code();
        return new RelationshipSection(code, "relationship-" + code, name, words.heading(relationship),
                mismatches.figure(subject, Figure.AGGREGATE, index.aggregate()),
                mismatches.figure(subject, Figure.POSITIVE, index.positive()),
                mismatches.figure(subject, Figure.NEGATIVE, index.negative()),
                mismatches.figure(subject, Figure.TOTAL, index.aggregate()),
                rows, narrative(texts, code, "trends", words), narrative(texts, code, "developments", words),
                narrative(texts, code, "forecast", words),
                IssueCharts.positiveNegative(name, index.positive(), index.negative(), words.locale()));
    }

    private SecuritySection security(Issue issue, IssueNarrative texts, PublishedFigures mismatches, ReportWords words) {
        SecurityIndices indices = issue.securityIndices();
        List<SecurityRow> rows = new ArrayList<>();
        for (SecurityEvent event : issue.security().events()) {
            rows.add(new SecurityRow(event.date().written(), description(event.description(), event.descriptionRu(), words),
                    signed(event.national()), signed(event.regional())));
        }
        ColourBand band = indices.level();
        StatedFigureMismatch level = mismatches.find(StatedFigure.SECURITY, Figure.LEVEL);
        String publishedLevel = level == null ? null : words.colour(level.stated());
        return new SecuritySection(
                mismatches.figure(StatedFigure.SECURITY, Figure.NATIONAL, indices.national()),
                mismatches.figure(StatedFigure.SECURITY, Figure.REGIONAL, indices.regional()),
                new Level(words.colour(band.colour()), ReportWords.key(band.colour()), words.meaning(band), publishedLevel,
                        level == null ? null : mismatches.note(level)),
                rows,
                narrative(texts, Narratives.NATIONAL, "trends", words), narrative(texts, Narratives.REGIONAL, "trends", words),
                narrative(texts, Narratives.NATIONAL, "developments", words), narrative(texts, Narratives.REGIONAL, "developments", words),
                narrative(texts, Narratives.NATIONAL, "forecast", words), narrative(texts, Narratives.REGIONAL, "forecast", words));
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
        int below = Narratives.FOREWORD.equals(subject) || Narratives.ACKNOWLEDGEMENTS.equals(subject) ? 2 : 3;
        for (String language : List.of(words.language(), words.other())) {
            String markdown = texts.markdown(subject, part, language);
            if (!markdown.isBlank()) {
                String html = NarrativeHeadings.below(below, narratives.render(lineByLine(subject, part, markdown)));
                return new Text(html, language, !language.equals(words.language()));
            }
        }
        return Text.NONE;
    }

    /** A signature keeps its lines ("Name," / "Editor"), which Markdown would join into one. */
    private static String lineByLine(String subject, String part, String markdown) {
        return Narratives.FOREWORD.equals(subject) && "signature".equals(part) ? markdown.strip().replaceAll("\\s*\\R", "  \n") : markdown;
    }

    /** The dynamics with each relationship named in the report's language. */
    private static Series named(Series series, Issue issue, ReportWords words) {
        Map<String, Relationship> byName = new HashMap<>();
        issue.catalogues().forEach(catalogue -> byName.put(catalogue.relationship().name(), catalogue.relationship()));
        Map<String, List<SeriesPoint>> relationships = new LinkedHashMap<>();
        series.relationships().forEach((name, points) ->
                relationships.put(words.name(byName.getOrDefault(name, Relationship.named(name))), points));
        return new Series(relationships, series.national(), series.regional());
    }
}
