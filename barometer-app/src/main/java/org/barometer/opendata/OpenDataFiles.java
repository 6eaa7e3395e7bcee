package org.barometer.opendata;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.barometer.method.Catalogue;
import org.barometer.method.Issue;
import org.barometer.method.RelationsIndex;
import org.barometer.method.SecurityIndices;
import org.barometer.publicdata.EventQuery;
import org.barometer.publicdata.Page;
import org.barometer.publicdata.PublishedData;
import org.barometer.publicdata.PublishedEvent;
import org.barometer.publicdata.PublishedIssue;
import org.barometer.issue.Sources;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The four downloads as bytes, written from the published material only. */
final class OpenDataFiles {

    static final List<String> EVENT_COLUMNS = List.of("uid", "issue", "revision", "relationship", "relationship_name", "date",
            "start", "end", "precision", "description", "description_ru", "score", "national", "regional", "sources");
    static final List<String> INDEX_COLUMNS = List.of("issue", "revision", "from", "to", "subject", "subject_name",
            "aggregate", "positive", "negative", "national", "regional", "level");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private OpenDataFiles() {
    }

    /** Every published event, issue by issue, each with its issue's published revision. */
    static List<PublishedEvent> events(PublishedData data) {
        List<PublishedEvent> all = new ArrayList<>();
        EventQuery query = EventQuery.all().withSize(EventQuery.MAX_SIZE);
        Page<PublishedEvent> page;
        do {
            page = data.events(query);
            all.addAll(page.items());
            query = query.withPage(query.page() + 1);
        } while (page.hasNext());
        return all;
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
        ArrayNode rows = JSON.createArrayNode();
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
        return (JSON.writeValueAsString(rows) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    record IndexRow(PublishedIssue published, Issue issue) {
    }

    static byte[] indicesCsv(List<IndexRow> issues) {
        return csv(INDEX_COLUMNS, printer -> {
            for (IndexRow row : issues) {
                PublishedIssue p = row.published();
                for (Catalogue catalogue : row.issue().catalogues()) {
                    RelationsIndex index = catalogue.index();
                    printer.printRecord(p.number(), p.revision(), p.from(), p.to(), text(catalogue.relationship().code()),
                            text(catalogue.relationship().name()), index.aggregate(), index.positive(), index.negative(), "", "", "");
                }
                SecurityIndices security = row.issue().securityIndices();
                printer.printRecord(p.number(), p.revision(), p.from(), p.to(), EventQuery.SECURITY, "", "", "", "",
                        security.national(), security.regional(), text(security.level().colour()));
            }
        });
    }

    static byte[] indicesJson(List<IndexRow> issues) {
        ArrayNode rows = JSON.createArrayNode();
        for (IndexRow row : issues) {
            PublishedIssue p = row.published();
            ObjectNode issue = rows.addObject();
            issue.put("issue", p.number());
            issue.put("revision", p.revision());
            issue.put("from", p.from().toString());
            issue.put("to", p.to().toString());
            ArrayNode relationships = issue.putArray("relationships");
            for (Catalogue catalogue : row.issue().catalogues()) {
                RelationsIndex index = catalogue.index();
                ObjectNode r = relationships.addObject();
                r.put("code", catalogue.relationship().code());
                r.put("name", catalogue.relationship().name());
                r.put("aggregate", index.aggregate());
                r.put("positive", index.positive());
                r.put("negative", index.negative());
            }
            SecurityIndices security = row.issue().securityIndices();
            ObjectNode s = issue.putObject("security");
            s.put("national", security.national());
            s.put("regional", security.regional());
            s.put("level", security.level().colour());
        }
        return (JSON.writeValueAsString(rows) + "\n").getBytes(StandardCharsets.UTF_8);
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
