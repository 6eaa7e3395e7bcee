package org.barometer.opendata;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.barometer.json.Json;
import org.barometer.method.ForecastStatement;
import org.barometer.method.Sources;
import org.barometer.publicdata.Dynamics;
import org.barometer.publicdata.Edition;
import org.barometer.publicdata.EventQuery;
import org.barometer.publicdata.ForecastLedger;
import org.barometer.publicdata.PublishedForecast;
import org.barometer.publicdata.PublishedEvent;
import org.barometer.publicdata.PublishedIssue;
import org.barometer.publicdata.PublishedReliability;
import org.barometer.reliability.PartReliability;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The downloads as bytes, written from the published material only. */
final class OpenDataFiles {

    static final List<String> EVENT_COLUMNS = List.of("uid", "issue", "revision", "relationship", "relationship_name", "date",
            "start", "end", "precision", "description", "description_ru", "score", "national", "regional", "sources");
    static final List<String> INDEX_COLUMNS = List.of("issue", "revision", "from", "to", "subject", "subject_name",
            "aggregate", "positive", "negative", "national", "regional", "level", "covered", "aggregate_lowest", "aggregate_highest",
            "national_lowest", "national_highest", "regional_lowest", "regional_highest");
    static final List<String> RELIABILITY_COLUMNS = List.of("issue", "revision", "part", "events", "alpha_ordinal", "alpha_interval",
            "percent_agreement", "index_of_record", "index_lowest", "index_highest");
    static final List<String> FORECAST_COLUMNS = List.of("made_in", "about", "subject", "subject_name", "figure", "comparison", "threshold",
            "threshold_upper", "colour", "probability", "outcome", "reason", "brier");


    private OpenDataFiles() {
    }

    static byte[] eventsCsv(List<PublishedEvent> events) {
        return csv(EVENT_COLUMNS, printer -> {
            for (PublishedEvent e : events) {
                printer.printRecord(text(e.uid()), e.issue(), e.revision(), text(e.relationship()), text(e.relationshipName()),
                        text(e.date()), e.start(), e.end(), text(e.precisionKey()), text(e.description()),
                        text(e.descriptionRu()), number(e.score()), number(e.national()), number(e.regional()),
                        text(Sources.join(e.sources())));
            }
        });
    }

    static byte[] eventsJson(List<PublishedEvent> events) {
        ArrayNode rows = Json.array();
        for (PublishedEvent e : events) {
            ObjectNode row = rows.addObject();
            row.put("uid", e.uid());
            row.put("issue", e.issue());
            row.put("revision", e.revision());
            row.put("relationship", e.relationship());
            row.put("relationship_name", e.relationshipName());
            row.put("date", e.date());
            row.put("start", e.start().toString());
            row.put("end", e.end().toString());
            row.put("precision", e.precisionKey());
            row.put("description", e.description());
            row.put("description_ru", e.descriptionRu());
            row.put("score", e.score());
            row.put("national", e.national());
            row.put("regional", e.regional());
            e.sources().forEach(row.putArray("sources")::add);
        }
        return (Json.write(rows) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /** One issue's indices, with the revision and period they were published for. */
    private record IndexRow(PublishedIssue published, Dynamics.Point point) {
    }

    private static List<IndexRow> indexRows(Edition edition) {
        return edition.issues().stream().map(issue -> new IndexRow(issue, edition.dynamics().point(issue.number()).orElseThrow())).toList();
    }

    static byte[] indicesCsv(Edition edition) {
        return csv(INDEX_COLUMNS, printer -> {
            for (IndexRow row : indexRows(edition)) {
                PublishedIssue p = row.published();
                for (Dynamics.RelationshipIndex index : row.point().relationships()) {
                    boolean covered = index.covered();
                    Optional<PartReliability> range = covered ? edition.range(p.number(), index.code()) : Optional.empty();
                    printer.printRecord(p.number(), p.revision(), p.from(), p.to(), text(index.code()), text(index.name()),
                            covered ? index.aggregate() : "", covered ? index.positive() : "", covered ? index.negative() : "", "", "", "", covered,
                            lowest(range), highest(range), "", "", "", "");
                }
                Dynamics.SecurityPoint security = row.point().security();
                boolean covered = security.covered();
                Optional<PartReliability> national = covered ? edition.range(p.number(), PartReliability.NATIONAL) : Optional.empty();
                Optional<PartReliability> regional = covered ? edition.range(p.number(), PartReliability.REGIONAL) : Optional.empty();
                printer.printRecord(p.number(), p.revision(), p.from(), p.to(), EventQuery.SECURITY, "", "", "", "",
                        covered ? security.national() : "", covered ? security.regional() : "", covered ? text(security.level().colour()) : "", covered,
                        "", "", lowest(national), highest(national), lowest(regional), highest(regional));
            }
        });
    }

    static byte[] indicesJson(Edition edition) {
        ArrayNode rows = Json.array();
        for (IndexRow row : indexRows(edition)) {
            PublishedIssue p = row.published();
            ObjectNode issue = rows.addObject();
            issue.put("issue", p.number());
            issue.put("revision", p.revision());
            issue.put("from", p.from().toString());
            issue.put("to", p.to().toString());
            ArrayNode relationships = issue.putArray("relationships");
            for (Dynamics.RelationshipIndex index : row.point().relationships()) {
                ObjectNode r = relationships.addObject();
                r.put("code", index.code());
                r.put("name", index.name());
                boolean covered = index.covered();
                r.put("covered", covered);
                r.put("aggregate", covered ? index.aggregate() : null);
                r.put("positive", covered ? index.positive() : null);
                r.put("negative", covered ? index.negative() : null);
                range(r, "aggregate_range", covered ? edition.range(p.number(), index.code()) : Optional.empty());
            }
            Dynamics.SecurityPoint security = row.point().security();
            ObjectNode s = issue.putObject("security");
            boolean covered = security.covered();
            s.put("covered", covered);
            s.put("national", covered ? security.national() : null);
            s.put("regional", covered ? security.regional() : null);
            s.put("level", covered ? security.level().colour() : null);
            range(s, "national_range", covered ? edition.range(p.number(), PartReliability.NATIONAL) : Optional.empty());
            range(s, "regional_range", covered ? edition.range(p.number(), PartReliability.REGIONAL) : Optional.empty());
        }
        return (Json.write(rows) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /** The range of an index with the second scores, {"lowest", "highest"}; null where they give no other index. */
    private static void range(ObjectNode node, String name, Optional<PartReliability> range) {
        range.ifPresentOrElse(p -> {
            ObjectNode both = node.putObject(name);
            both.put("lowest", p.lowest());
            both.put("highest", p.highest());
        }, () -> node.putNull(name));
    }

    private static Object lowest(Optional<PartReliability> range) {
        return range.<Object>map(PartReliability::lowest).orElse("");
    }

    private static Object highest(Optional<PartReliability> range) {
        return range.<Object>map(PartReliability::highest).orElse("");
    }

    /** One row per part of every published issue; a part nobody scored twice has 0 events and empty figures. */
    static byte[] reliabilityCsv(List<PublishedReliability> issues) {
        return csv(RELIABILITY_COLUMNS, printer -> {
            for (PublishedReliability issue : issues) {
                for (PublishedReliability.Part part : issue.parts()) {
                    printer.printRecord(issue.issue(), issue.revision(), text(part.part()), part.events(), blank(part.alphaOrdinal()),
                            blank(part.alphaInterval()), blank(part.percentAgreement()), part.indexOfRecord(), part.indexLowest(),
                            part.indexHighest());
                }
            }
        });
    }

    static byte[] reliabilityJson(List<PublishedReliability> issues) {
        return (Json.write(issues) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /** One row per forecast statement of the published issues, graded as the ledger grades it; empty cells where nothing applies. */
    static byte[] forecastsCsv(ForecastLedger ledger) {
        return csv(FORECAST_COLUMNS, printer -> {
            for (PublishedForecast forecast : ledger.statements()) {
                ForecastStatement s = forecast.statement();
                printer.printRecord(s.madeIn(), s.about(), text(s.subject()), text(forecast.subjectName()), text(s.figure().key()),
                        text(s.comparison().key()), threshold(s, 0), threshold(s, 1), text(s.colour()), blank(s.probability()),
                        text(forecast.outcome()), text(forecast.reason()), blank(forecast.brier().orElse(null)));
            }
        });
    }

    static byte[] forecastsJson(ForecastLedger ledger) {
        ArrayNode rows = Json.array();
        for (PublishedForecast forecast : ledger.statements()) {
            ForecastStatement s = forecast.statement();
            ObjectNode row = rows.addObject();
            row.put("made_in", s.madeIn());
            row.put("about", s.about());
            row.put("subject", s.subject());
            row.put("subject_name", forecast.subjectName());
            row.put("figure", s.figure().key());
            row.put("comparison", s.comparison().key());
            row.put("threshold", s.thresholds().isEmpty() ? null : s.thresholds().get(0));
            row.put("threshold_upper", s.thresholds().size() < 2 ? null : s.thresholds().get(1));
            row.put("colour", s.colour());
            row.put("probability", s.probability());
            row.put("outcome", forecast.outcome());
            row.put("reason", forecast.reason().isEmpty() ? null : forecast.reason());
            row.put("brier", forecast.brier().orElse(null));
        }
        return (Json.write(rows) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /** The statement's threshold at this place (0 the only or lower one, 1 the upper), or an empty cell. */
    private static Object threshold(ForecastStatement statement, int place) {
        return statement.thresholds().size() > place ? statement.thresholds().get(place) : "";
    }

    private static Object blank(Double value) {
        return value == null ? "" : value;
    }

    interface Rows {
        void print(CSVPrinter printer) throws IOException;
    }

    private static byte[] csv(List<String> header, Rows rows) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get().print(out)) {
            rows.print(printer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String text(String cell) {
        return SpreadsheetSafe.text(cell);
    }

    /** Numbers stay numbers; an empty cell where the column does not apply. */
    private static Object number(Integer value) {
        return value == null ? "" : value;
    }
}
