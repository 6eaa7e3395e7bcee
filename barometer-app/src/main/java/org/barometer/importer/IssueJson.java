package org.barometer.importer;

import java.util.ArrayList;
import java.util.List;

import org.barometer.issue.Author;
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
import org.barometer.method.ForecastStatement;
import org.barometer.method.StatedFigure;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The whole issue as one JSON document: what `barometer export --format json` writes and `import` reads back. An issue
 * with narrative or authors is written as {@value #WORDED}, with the lists {@code narrative} and {@code authors}; one
 * without them as {@value #FORMAT}, as before they existed. Both are read. A worded file may carry the issue's forecast
 * statements ({@code forecasts}: about, subject, figure, comparison, thresholds, colour, probability), read through the
 * statement's own checks.
 */
public final class IssueJson {

    public static final String FORMAT = "barometer-issue/1";
    public static final String WORDED = "barometer-issue/2";


    private IssueJson() {
    }

    public static String write(Issue issue) {
        return write(issue, IssueWords.NONE);
    }

    public static String write(Issue issue, IssueWords words) {
        ObjectNode root = Json.object();
        root.put("format", words.isEmpty() ? FORMAT : WORDED);
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
        if (!words.isEmpty()) {
            ArrayNode narrative = root.putArray("narrative");
            for (IssueWords.Text text : words.narrative()) {
                ObjectNode t = narrative.addObject();
                t.put("subject", text.subject());
                t.put("part", text.part());
                t.put("language", text.language());
                t.put("markdown", text.markdown());
            }
            if (!words.forecasts().isEmpty()) {
                ArrayNode forecasts = root.putArray("forecasts");
                for (ForecastStatement statement : words.forecasts()) {
                    ObjectNode f = forecasts.addObject();
                    f.put("about", statement.about());
                    f.put("subject", statement.subject());
                    f.put("figure", statement.figure().key());
                    f.put("comparison", statement.comparison().key());
                    ArrayNode thresholds = f.putArray("thresholds");
                    statement.thresholds().forEach(thresholds::add);
                    f.put("colour", statement.colour());
                    if (statement.probability() != null) {
                        f.put("probability", statement.probability());
                    }
                }
            }
            ArrayNode authors = root.putArray("authors");
            for (Author author : words.authors()) {
                ObjectNode a = authors.addObject();
                a.put("name", author.name());
                a.put("affiliation", author.affiliation());
                a.put("biography", author.biography());
            }
        }
        return Json.indented(root) + "\n";
    }

    private static void sources(ObjectNode event, List<String> sources) {
        ArrayNode links = event.putArray("sources");
        sources.forEach(links::add);
    }

    public static Issue read(String source, String json) {
        return readAll(source, json).issue();
    }

    /** The issue and its words; a {@value #FORMAT} file has no words. */
    public static ExportedIssue readAll(String source, String json) {
        JsonNode root;
        try {
            root = Json.read(json);
        } catch (JacksonException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new ImportException(source, line, null, "not valid JSON: " + e.getOriginalMessage());
        }
        Fields in = new Fields(source, json, root, "");
        String format = in.text("format");
        if (!FORMAT.equals(format) && !WORDED.equals(format)) {
            throw new ImportException(source, "format: expected \"" + WORDED + "\" or \"" + FORMAT + "\", found \"" + format + "\"");
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
        Issue issue = in.get(() -> new Issue(in.integer("issue"), period, in.text("title"), status, bound, scale, catalogues,
                new SecurityCatalogue(securityEvents), StatedSubjects.byCode(stated, catalogues)), "issue");
        if (FORMAT.equals(format)) {
            return new ExportedIssue(issue, IssueWords.NONE);
        }
        List<IssueWords.Text> narrative = new ArrayList<>();
        for (Fields t : in.array("narrative")) {
            narrative.add(new IssueWords.Text(t.text("subject"), t.text("part"), t.text("language"), t.text("markdown")));
        }
        List<Author> authors = new ArrayList<>();
        for (Fields a : in.array("authors")) {
            authors.add(new Author(authors.size(), a.text("name"), a.optionalText("affiliation"), a.optionalText("biography")));
        }
        List<ForecastStatement> forecasts = new ArrayList<>();
        for (Fields f : in.optionalArray("forecasts")) {
            forecasts.add(f.get(() -> new ForecastStatement(issue.number(), f.integer("about"), f.text("subject"), Figure.ofKey(f.text("figure")),
                    ForecastStatement.Comparison.ofKey(f.text("comparison")), f.integers("thresholds"), f.optionalText("colour"), f.optionalNumber("probability")),
                    "forecast statement"));
        }
        return new ExportedIssue(issue, new IssueWords(narrative, authors, forecasts));
    }
}
