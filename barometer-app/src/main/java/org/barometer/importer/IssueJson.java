package org.barometer.importer;

import java.util.ArrayList;
import java.util.List;

import org.barometer.json.Json;
import org.barometer.method.Catalogue;
import org.barometer.method.ColourBand;
import org.barometer.method.ColourScale;
import org.barometer.method.Event;
import org.barometer.method.Figure;
import org.barometer.method.Issue;
import org.barometer.method.IssueStatus;
import org.barometer.method.Period;
import org.barometer.method.Relationship;
import org.barometer.method.ScoreBound;
import org.barometer.method.SecurityCatalogue;
import org.barometer.method.SecurityEvent;
import org.barometer.method.StatedFigure;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The whole issue as one JSON document: what `barometer export --format json` writes and `import` reads back. */
public final class IssueJson {

    public static final String FORMAT = "barometer-issue/1";


    private IssueJson() {
    }

    public static String write(Issue issue) {
        ObjectNode root = Json.object();
        root.put("format", FORMAT);
        root.put("issue", issue.number());
        root.put("title", issue.title());
        root.put("from", issue.period().first().toString());
        root.put("to", issue.period().last().toString());
        root.put("status", issue.status().key());
        ObjectNode bound = root.putObject("scoreBound");
        bound.put("lowest", issue.bound().lowest());
        bound.put("highest", issue.bound().highest());
        ArrayNode scale = root.putArray("scale");
        for (ColourBand band : issue.scale().bands()) {
            ObjectNode b = scale.addObject();
            b.put("colour", band.colour());
            b.put("lowest", band.lowest());
            b.put("highest", band.highest());
            b.put("meaning", band.meaning());
        }
        ArrayNode relationships = root.putArray("relationships");
        for (Catalogue catalogue : issue.catalogues()) {
            ObjectNode r = relationships.addObject();
            r.put("code", catalogue.relationship().code());
            r.put("name", catalogue.relationship().name());
            ArrayNode events = r.putArray("events");
            for (Event event : catalogue.events()) {
                ObjectNode e = events.addObject();
                e.put("date", event.date().written());
                e.put("description", event.description());
                e.put("descriptionRu", event.descriptionRu());
                e.put("score", event.score());
                sources(e, event.sources());
            }
        }
        ArrayNode security = root.putObject("security").putArray("events");
        for (SecurityEvent event : issue.security().events()) {
            ObjectNode e = security.addObject();
            e.put("date", event.date().written());
            e.put("description", event.description());
            e.put("descriptionRu", event.descriptionRu());
            e.put("national", event.national());
            e.put("regional", event.regional());
            sources(e, event.sources());
        }
        ArrayNode stated = root.putArray("stated");
        for (StatedFigure figure : issue.stated()) {
            ObjectNode s = stated.addObject();
            s.put("subject", StatedSubjects.written(issue, figure));
            s.put("figure", figure.figure().key());
            s.put("value", figure.value());
        }
        return Json.indented(root) + "\n";
    }

    private static void sources(ObjectNode event, List<String> sources) {
        ArrayNode links = event.putArray("sources");
        sources.forEach(links::add);
    }

    public static Issue read(String source, String json) {
        JsonNode root;
        try {
            root = Json.read(json);
        } catch (JacksonException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new ImportException(source, line, null, "not valid JSON: " + e.getOriginalMessage());
        }
        Fields in = new Fields(source, json, root, "");
        String format = in.text("format");
        if (!FORMAT.equals(format)) {
            throw new ImportException(source, "format: expected \"" + FORMAT + "\", found \"" + format + "\"");
        }
        String from = in.text("from");
        String to = in.text("to");
        in.get(() -> Period.of(from, from), "from");
        in.get(() -> Period.of(to, to), "to");
        Period period = in.get(() -> Period.of(from, to), "from/to");
        Fields boundFields = in.object("scoreBound");
        ScoreBound bound = in.get(() -> new ScoreBound(boundFields.integer("lowest"), boundFields.integer("highest")), "scoreBound");
        List<ColourBand> bands = new ArrayList<>();
        for (Fields b : in.array("scale")) {
            bands.add(b.get(() -> new ColourBand(b.text("colour"), b.optionalInteger("lowest"), b.optionalInteger("highest"), b.text("meaning")), "colour band"));
        }
        ColourScale scale = in.get(() -> new ColourScale(bands), "scale");
        List<Catalogue> catalogues = new ArrayList<>();
        for (Fields r : in.array("relationships")) {
            Relationship relationship = r.get(() -> new Relationship(r.text("code"), r.text("name")), "relationship");
            List<Event> events = new ArrayList<>();
            for (Fields e : r.array("events")) {
                events.add(e.get(() -> new Event(e.date("date", period), e.text("description"), e.integer("score"),
                        e.optionalText("descriptionRu"), e.texts("sources")), "event"));
            }
            catalogues.add(new Catalogue(relationship, events));
        }
        List<SecurityEvent> securityEvents = new ArrayList<>();
        for (Fields e : in.object("security").array("events")) {
            securityEvents.add(e.get(() -> new SecurityEvent(e.date("date", period), e.text("description"), e.integer("national"),
                    e.integer("regional"), e.optionalText("descriptionRu"), e.texts("sources")), "security event"));
        }
        List<StatedFigure> stated = new ArrayList<>();
        for (Fields s : in.array("stated")) {
            stated.add(s.get(() -> new StatedFigure(s.text("subject"), Figure.ofKey(s.text("figure")), s.text("value")), "stated figure"));
        }
        IssueStatus status = in.get(() -> IssueStatus.ofKey(in.text("status")), "status");
        return in.get(() -> new Issue(in.integer("issue"), period, in.text("title"), status, bound, scale, catalogues,
                new SecurityCatalogue(securityEvents), StatedSubjects.byCode(stated, catalogues)), "issue");
    }
}
