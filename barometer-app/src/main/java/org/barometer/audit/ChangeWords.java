package org.barometer.audit;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.barometer.json.Json;
import org.barometer.method.Scores;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;

/**
 * A change of the change log in words of the page's language: one line per changed field of an event ("Score +1 → +2"),
 * an added or deleted event in one line, a changed narrative text with its old and new text to open.
 */
@Component
public class ChangeWords {

    /** What the history can be narrowed to. */
    public static final List<String> KINDS = List.of("added", "changed", "deleted", "restored", "narrative", "issue");

    private static final List<String> SCORE_FIELDS = List.of("score", "national", "regional");

    /** One line of a change; before and after are set where the old and new text are long enough to be opened apart. */
    public record Line(String text, String before, String after) {
        static Line of(String text) {
            return new Line(text, null, null);
        }

        public boolean hasTexts() {
            return before != null || after != null;
        }
    }

    /** A change with what it touched (a relationship's code, "security", a narrative's part of the issue) and its kind. */
    public record Described(ChangeLog.Change change, String relationship, String kind, List<Line> lines) {

        /** Whether there is an earlier event the editor can bring back: the one before this change. */
        public boolean restoresEvent() {
            return change.before() != null
                    && (change.entity() == ChangeLog.Entity.EVENT || change.entity() == ChangeLog.Entity.SECURITY_EVENT);
        }

        /** Whether there is an earlier narrative text the editor can bring back: the one before this change. */
        public boolean restoresText() {
            return change.before() != null && change.entity() == ChangeLog.Entity.NARRATIVE;
        }
    }

    private final MessageSource messages;

    ChangeWords(MessageSource messages) {
        this.messages = messages;
    }

    /** The change in words; names are the relationships by code, to name what a narrative belongs to. */
    public Described describe(ChangeLog.Change change, Map<String, String> names, Locale locale) {
        JsonNode before = read(change.before());
        JsonNode after = read(change.after());
        return switch (change.entity()) {
            case EVENT, SECURITY_EVENT -> event(change, before, after, locale);
            case NARRATIVE -> narrative(change, before, after, names, locale);
            case PART -> part(change, after, names, locale);
            default -> other(change, before, after, locale);
        };
    }

    private Described event(ChangeLog.Change change, JsonNode before, JsonNode after, Locale locale) {
        JsonNode any = after != null ? after : before;
        String relationship = change.entity() == ChangeLog.Entity.SECURITY_EVENT ? "security" : any.path("relationship").asString("");
        List<Line> lines = new ArrayList<>();
        String kind;
        boolean restored = change.action() == ChangeLog.Action.RESTORE;
        if (before == null || after == null) {
            kind = restored ? "restored" : before == null ? "added" : "deleted";
            lines.add(Line.of(say(locale, "history.event." + kind, any.path("date").asString(""), scores(any, locale),
                    any.path("description").asString(""))));
        } else {
            kind = restored ? "restored" : "changed";
            if (restored) {
                lines.add(Line.of(say(locale, "history.restored")));
            }
            String date = before.path("date").asString("");
            String newDate = after.path("date").asString("");
            if (!date.equals(newDate)) {
                lines.add(Line.of(say(locale, "history.field.date", date, newDate)));
            }
            for (String field : SCORE_FIELDS) {
                if (after.has(field) && before.path(field).asInt() != after.path(field).asInt()) {
                    lines.add(Line.of(say(locale, "history.field.score", say(locale, "catalogue.field." + field),
                            Scores.signed(before.path(field).asInt()), Scores.signed(after.path(field).asInt()))));
                }
            }
            for (String field : List.of("description", "descriptionRu")) {
                String old = before.path(field).asString("");
                String now = after.path(field).asString("");
                if (!old.equals(now)) {
                    lines.add(new Line(say(locale, "history.field.text", say(locale, "catalogue.field." + field)), old, now));
                }
            }
            Set<String> oldSources = sources(before);
            Set<String> newSources = sources(after);
            newSources.stream().filter(source -> !oldSources.contains(source))
                    .forEach(source -> lines.add(Line.of(say(locale, "history.source.added", source))));
            oldSources.stream().filter(source -> !newSources.contains(source))
                    .forEach(source -> lines.add(Line.of(say(locale, "history.source.removed", source))));
            if (lines.isEmpty()) {
                lines.add(Line.of(say(locale, "history.unchanged")));
            }
        }
        return new Described(change, relationship, kind, lines);
    }

    private Described narrative(ChangeLog.Change change, JsonNode before, JsonNode after, Map<String, String> names, Locale locale) {
        JsonNode any = after != null ? after : before;
        String part = say(locale, "narrative.part." + any.path("part").asString(""));
        String language = say(locale, "narrative.language." + any.path("language").asString(""));
        String subject = any.path("subject").asString("");
        boolean restored = change.action() == ChangeLog.Action.RESTORE;
        Line line = new Line(say(locale, restored ? "history.narrative.restored" : "history.narrative", part, language,
                label(subject, names, locale)),
                before == null ? "" : before.path("body").asString(""), after == null ? "" : after.path("body").asString(""));
        return new Described(change, subject, restored ? "restored" : "narrative", List.of(line));
    }

    /** "Russia: marked ready", with the owner's note or the editor's comment on a line of its own. */
    private Described part(ChangeLog.Change change, JsonNode after, Map<String, String> names, Locale locale) {
        String part = after.path("part").asString("");
        List<Line> lines = new ArrayList<>();
        String name = names.containsKey(part) ? names.get(part) : sayOr(locale, "readiness.part." + part, part);
        lines.add(Line.of(name + ": " + say(locale, "history.action." + change.action().key())));
        for (String field : List.of("note", "comment")) {
            if (after.has(field)) {
                lines.add(Line.of(say(locale, "history.value.set", say(locale, "history.field." + field), after.path(field).asString(""))));
            }
        }
        return new Described(change, part, "issue", lines);
    }

    private Described other(ChangeLog.Change change, JsonNode before, JsonNode after, Locale locale) {
        List<Line> lines = new ArrayList<>();
        String what = say(locale, "history.entity." + change.entity().key()) + ": " + say(locale, "history.action." + change.action().key());
        lines.add(Line.of(what));
        Set<String> fields = new LinkedHashSet<>();
        names(before, fields);
        names(after, fields);
        for (String field : fields) {
            String old = value(before, field, locale);
            String now = value(after, field, locale);
            if (Objects.equals(old, now)) {
                continue;
            }
            String label = sayOr(locale, "history.field." + field, field);
            if (old == null) {
                lines.add(Line.of(say(locale, "history.value.set", label, now)));
            } else if (now == null) {
                lines.add(Line.of(say(locale, "history.value.was", label, old)));
            } else {
                lines.add(Line.of(say(locale, "history.value.changed", label, old, now)));
            }
        }
        return new Described(change, "", "issue", lines);
    }

    /** What a relationship code or a part of the issue is called: the relationship's name, "The editor's foreword"... */
    public String label(String code, Map<String, String> names, Locale locale) {
        return names.containsKey(code) ? names.get(code) : sayOr(locale, "narrative.subject." + code, code);
    }

    private static void names(JsonNode node, Set<String> into) {
        if (node != null) {
            for (Iterator<String> names = node.propertyNames().iterator(); names.hasNext(); ) {
                into.add(names.next());
            }
        }
    }

    private String value(JsonNode node, String field, Locale locale) {
        if (node == null || !node.has(field) || node.get(field).isNull()) {
            return null;
        }
        JsonNode value = node.get(field);
        if (value.isArray()) {
            List<String> items = new ArrayList<>();
            value.forEach(item -> items.add(item.asString()));
            return String.join(", ", items);
        }
        return "status".equals(field) ? sayOr(locale, "status." + value.asString(), value.asString()) : value.asString();
    }

    private String scores(JsonNode event, Locale locale) {
        List<String> scores = new ArrayList<>();
        for (String field : SCORE_FIELDS) {
            if (event.has(field)) {
                scores.add(say(locale, "catalogue.field." + field) + " " + Scores.signed(event.path(field).asInt()));
            }
        }
        return String.join(", ", scores);
    }

    private static Set<String> sources(JsonNode event) {
        Set<String> sources = new LinkedHashSet<>();
        event.path("sources").forEach(source -> sources.add(source.asString()));
        return sources;
    }

    private String say(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    private String sayOr(Locale locale, String key, String fallback) {
        return messages.getMessage(key, null, fallback, locale);
    }

    private static JsonNode read(String json) {
        return json == null || json.isBlank() ? null : Json.read(json);
    }
}
