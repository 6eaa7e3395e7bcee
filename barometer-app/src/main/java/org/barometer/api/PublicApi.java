package org.barometer.api;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.barometer.indices.IndicesReport;
import org.barometer.method.BrierScore;
import org.barometer.method.ColourBand;
import org.barometer.method.ForecastStatement;
import org.barometer.method.TrackRecord;
import org.barometer.publicdata.Edition;
import org.barometer.publicdata.EventQuery;
import org.barometer.publicdata.ForecastLedger;
import org.barometer.publicdata.PublishedForecast;
import org.barometer.publicdata.InvalidQuery;
import org.barometer.publicdata.Page;
import org.barometer.publicdata.PublishedData;
import org.barometer.publicdata.PublishedEvent;
import org.barometer.publicdata.PublishedIssue;
import org.barometer.publicdata.PublishedRelationship;
import org.barometer.publicdata.RelationshipSeries;
import org.barometer.system.SameForEveryReader;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The published data, read-only, as JSON: version 1 of the public API. Drafts and unpublished corrections never appear. */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Published data", description = "Issues, indices, relationships and events as published; read-only")
class PublicApi {

    /** What the OpenAPI description says of coverage, on every answer that carries figures. */
    static final String NOT_COVERED = "`covered` is false where the issue does not cover the subject (its catalogue has no events): "
            + "its figures (`aggregate`, `positive`, `negative`; `national`, `regional`, `level`, `meaning`) are then null, never 0, "
            + "and no change should be computed from or to it.";

    /** What the OpenAPI description says of the ranges double scoring gives. */
    static final String SECOND_SCORES = "`aggregateRange` (per relationship), `nationalRange` and `regionalRange` (security): where part "
            + "of the catalogue was scored a second time, blind, and the index with the second coder's scores differs from the index "
            + "of record, its `lowest` and `highest` (the index of record is one of them); null otherwise. The figures of record are "
            + "unchanged; /issues/{number}/reliability gives the agreement behind them.";

    private final PublishedData published;
    private final Cached cached;

    PublicApi(PublishedData published, Cached cached) {
        this.published = published;
        this.cached = cached;
    }

    record Issues(List<PublishedIssue> issues) {
    }

    record Relationships(List<PublishedRelationship> relationships) {
    }

    record Scale(int issue, List<ColourBand> bands) {
    }

    record Events(List<PublishedEvent> items, int page, int size, long total, long totalPages, Map<String, String> links) {
    }

    @GetMapping("/issues")
    @SameForEveryReader
    @Operation(summary = "Published issues, each as its latest published revision, in number order")
    ResponseEntity<byte[]> issues() {
        Edition edition = published.edition();
        return cached.json(edition, "issues", () -> new Issues(edition.issues()));
    }

    @GetMapping("/issues/{number}/indices")
    @SameForEveryReader
    @Operation(summary = "An issue's indices, as `barometer indices --json` gives them, from its latest published revision",
            description = NOT_COVERED + " Here per relationship and for `security`. " + SECOND_SCORES)
    ResponseEntity<byte[]> indices(@PathVariable("number") @Parameter(description = "the issue number") String number) {
        int issue = issueNumber(number);
        Edition edition = published.edition();
        if (edition.issue(issue).isEmpty()) {
            throw new NotPublished("issue " + issue + " is not published");
        }
        return cached.jsonBytes(edition, "indices:" + issue,
                () -> {
                    var revision = edition.revision(issue).orElseThrow();
                    return IndicesReport.jsonText(revision.issue(), revision.reliability()).getBytes(StandardCharsets.UTF_8);
                });
    }

    @GetMapping("/issues/{number}/reliability")
    @SameForEveryReader
    @Operation(summary = "How reliable an issue's scores are: per part the events scored twice, blind, and Krippendorff's alpha",
            description = "Per relationship (its code) and for the security barometer (`national`, `regional`): `events` scored twice, "
                    + "`alphaOrdinal` and `alphaInterval` (Krippendorff's alpha; .800 and above reliable, .667 to .800 tentative), "
                    + "`percentAgreement` (share of events given the same score, 0..1), the coincidence table (`values` and `coincidences`, "
                    + "each event counted in both orders), and the index of record with `indexLowest`..`indexHighest`, its range with the "
                    + "second scores. A part with `events` 0 was not measured: its alphas and share are null. Alphas are also null when "
                    + "every score given was the same.")
    ResponseEntity<byte[]> reliability(@PathVariable("number") @Parameter(description = "the issue number") String number) {
        int issue = issueNumber(number);
        Edition edition = published.edition();
        if (edition.issue(issue).isEmpty()) {
            throw new NotPublished("issue " + issue + " is not published");
        }
        return cached.json(edition, "reliability:" + issue, () -> published.reliability(issue).orElseThrow());
    }

    @GetMapping("/relationships")
    @SameForEveryReader
    @Operation(summary = "Relationships of published issues, with the issues they appear in and those of them that cover it",
            description = "`issues`: the published issues that name the relationship; `coveredIn`: those of them whose catalogue of it "
                    + "has events. In the others it is not covered.")
    ResponseEntity<byte[]> relationships() {
        return cached.json(published.edition(), "relationships", () -> new Relationships(published.relationships()));
    }

    @GetMapping("/relationships/{code}/series")
    @SameForEveryReader
    @Operation(summary = "A relationship's aggregate index, positive and negative points in every published issue", description = NOT_COVERED)
    ResponseEntity<byte[]> series(@PathVariable("code") @Parameter(description = "the relationship's code, as /relationships gives it") String code) {
        RelationshipSeries series = published.series(code)
                .orElseThrow(() -> new NotPublished("no published issue covers a relationship with the code \"" + code + "\""));
        return cached.json(published.edition(), "series:" + code, () -> series);
    }

    @GetMapping("/security/series")
    @SameForEveryReader
    @Operation(summary = "The national security and regional tension indices, with the colour of tension, in every published issue",
            description = NOT_COVERED)
    ResponseEntity<byte[]> securitySeries() {
        return cached.json(published.edition(), "security-series", published::securitySeries);
    }

    @GetMapping("/events")
    @SameForEveryReader(eachQuery = true)
    @Operation(summary = "Search the events of all published issues, ordered by issue and catalogue position")
    ResponseEntity<byte[]> events(
            @RequestParam(name = "q", required = false) @Parameter(description = "words that must all be in the English description, or all in the Russian one, each in any of its forms (visits finds visit), any case") String q,
            @RequestParam(name = "relationship", required = false) @Parameter(description = "a relationship code, or security") String relationship,
            @RequestParam(name = "minScore", required = false) @Parameter(description = "lowest score; for security events either score") String minScore,
            @RequestParam(name = "maxScore", required = false) @Parameter(description = "highest score; for security events either score") String maxScore,
            @RequestParam(name = "from", required = false) @Parameter(description = "ISO date; events whose dates reach it or later") String from,
            @RequestParam(name = "to", required = false) @Parameter(description = "ISO date; events whose dates begin by it") String to,
            @RequestParam(name = "page", required = false) @Parameter(description = "page number, from 1") String page,
            @RequestParam(name = "size", required = false) @Parameter(description = "events a page, 1 to 100, 20 unless given") String size) {
        EventQuery query = EventQuery.parse(q, relationship, minScore, maxScore, from, to, page, size);
        // made for this request: a reader's answer to a query is kept by system.ReaderAnswers, under the query and the
        // address, which the answer's links repeat
        Page<PublishedEvent> found = published.events(query);
        return cached.json(new Events(found.items(), found.page(), found.size(), found.total(), found.totalPages(), links(found)));
    }

    /** A track record as the API gives it: counts, and the mean Brier score of the statements with a probability (null if none). */
    record Tally(String subject, String name, int statements, int cameTrue, int wereFalse, int ungradeable, int withProbability,
                 Double meanBrier, boolean beatsAlwaysHalf) {
        static Tally of(String subject, String name, TrackRecord record) {
            return new Tally(subject, name, record.statements(), record.cameTrue(), record.wereFalse(), record.ungradeable(),
                    record.withProbability(), record.meanBrier().isPresent() ? record.meanBrier().getAsDouble() : null, record.beatsAlwaysHalf());
        }
    }

    /** A statement as made, and how it turned out. */
    record Statement(int madeIn, int about, String subject, String subjectName, String figure, String comparison, List<Integer> thresholds,
                     String colour, Double probability, String outcome, String reason, Double brier) {
        static Statement of(PublishedForecast forecast) {
            ForecastStatement s = forecast.statement();
            return new Statement(s.madeIn(), s.about(), s.subject(), forecast.subjectName(), s.figure().key(),
                    s.comparison().key(), s.thresholds(), s.colour(), s.probability(),
                    forecast.outcome(), forecast.reason().isEmpty() ? null : forecast.reason(), forecast.brier().orElse(null));
        }
    }

    record ForecastRecord(double reference, Tally overall, List<Tally> subjects, List<Statement> statements) {
    }

    @GetMapping("/forecasts")
    @SameForEveryReader
    @Operation(summary = "Forecast statements of the published issues, each graded against the published issue it is about, with the track record",
            description = "`outcome`: `true` or `false` as graded from the computed figures of the issue the statement is about; `ungradeable` "
                    + "where that issue does not cover the subject (never guessed); `pending` while it is not published. `brier`: "
                    + "(probability − outcome)² for a graded statement that gave a `probability` (0 to 1), else null. `overall` and "
                    + "`subjects` (by relationship code, or `security`) count the statements whose issue is published; `meanBrier` "
                    + "is read against `reference`, 0.25, what always saying 50% scores: lower is better.")
    ResponseEntity<byte[]> forecasts() {
        Edition edition = published.edition();
        return cached.json(edition, "forecasts", () -> {
            ForecastLedger ledger = published.forecasts();
            return new ForecastRecord(BrierScore.ALWAYS_HALF, Tally.of(null, null, ledger.overall()),
                    ledger.subjects().stream().map(subject -> Tally.of(subject, ledger.name(subject), ledger.bySubject().get(subject))).toList(),
                    ledger.statements().stream().map(Statement::of).toList());
        });
    }

    @GetMapping("/scale")
    @SameForEveryReader
    @Operation(summary = "The colour scale of regional tension of the latest published issue")
    ResponseEntity<byte[]> scale() {
        Edition edition = published.edition();
        PublishedIssue latest = edition.latest().orElseThrow(() -> new NotPublished("no issue is published yet"));
        return cached.json(edition, "scale", () -> new Scale(latest.number(), published.scale().orElseThrow().bands()));
    }

    private static Map<String, String> links(Page<PublishedEvent> page) {
        Map<String, String> links = new LinkedHashMap<>();
        links.put("self", pageLink(page.page()));
        links.put("first", pageLink(1));
        if (page.hasPrevious()) {
            links.put("prev", pageLink(page.page() - 1));
        }
        if (page.hasNext()) {
            links.put("next", pageLink(page.page() + 1));
        }
        links.put("last", pageLink((int) Math.max(1, page.totalPages())));
        return links;
    }

    private static String pageLink(int page) {
        return ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("page", page).build().toUriString();
    }

    private static int issueNumber(String number) {
        try {
            return Integer.parseInt(number.strip());
        } catch (NumberFormatException e) {
            throw new InvalidQuery("number", "the issue number must be a whole number, not \"" + number + "\"");
        }
    }
}
