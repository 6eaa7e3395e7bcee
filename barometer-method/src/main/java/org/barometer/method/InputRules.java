package org.barometer.method;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The rules every text obeys whatever way it comes in (an import, a form of the workspace, a restore): no longer than
 * the column that keeps it, no character XML cannot carry (the feed and the PDF are XML), sources that are http or
 * https links, relationship codes that are not reserved. Each check gives the reason it refuses, or nothing.
 */
public final class InputRules {

    /** The http(s) schemes a source link may have. */
    public static final List<String> SCHEMES = List.of("http", "https");

    /**
     * Each kept text and the most characters it holds, as the migrations declare them for its column (a source is one
     * link of an event's sources, which are kept one a line in a single column).
     */
    public enum Field {
        TITLE(500), RELATIONSHIP_CODE(80), RELATIONSHIP_NAME(200), DATE(100), DESCRIPTION(1_000), SOURCE(1_000), COLOUR(40),
        MEANING(1_000), STATED_SUBJECT(200), STATED_VALUE(40), AUTHOR_NAME(200), AFFILIATION(500), BIOGRAPHY(5_000),
        NARRATIVE(100_000), REVIEW_COMMENT(5_000), CORRECTION_NOTE(2_000), USERNAME(80),
        ACKNOWLEDGEMENT(2_000), RATIONALE(1_000);

        private final int limit;

        Field(int limit) {
            this.limit = limit;
        }

        /** The most characters the field holds. */
        public int limit() {
            return limit;
        }
    }

    /**
     * Why a text is refused, in words any language can say: a message key of the application's bundles and its
     * arguments, with the sentence in English that the command line and the importer print.
     */
    public record Refusal(String key, List<Object> args, String english) {

        public Refusal {
            args = List.copyOf(args);
        }

        /** A reason only ever said in English (the importer's own checks): its key reads it out as it is. */
        public static Refusal said(String english) {
            return new Refusal("input.said", List.of(english), english);
        }

        /** The arguments as a message lookup takes them. */
        public Object[] arguments() {
            return args.toArray();
        }

        @Override
        public String toString() {
            return english;
        }
    }

    /** A refused text: where it is (a field or a path such as relationships[0].events[3].date) and why. */
    public record Violation(String field, Refusal refusal) {

        public Violation(String field, String reason) {
            this(field, Refusal.said(reason));
        }

        /** Why, in English. */
        public String reason() {
            return refusal.english();
        }

        @Override
        public String toString() {
            return field + ": " + reason();
        }
    }

    private InputRules() {
    }

    /** Why a text cannot be kept in a field: too long, or a character XML cannot carry. */
    public static Optional<String> problem(Field field, String text) {
        return refusal(field, text).map(Refusal::english);
    }

    /** Why a text cannot be kept in a field, in words any language can say. */
    public static Optional<Refusal> refusal(Field field, String text) {
        if (text == null) {
            return Optional.empty();
        }
        if (text.length() > field.limit) {
            return Optional.of(new Refusal("input.too-long", List.of(text.length(), field.limit),
                    "is " + text.length() + " characters long; at most " + field.limit + " are allowed"));
        }
        return characterRefusal(text);
    }

    /** Why a text cannot be carried by XML: the first character XML 1.0 does not allow, named by its code. */
    public static Optional<String> characterProblem(String text) {
        return characterRefusal(text).map(Refusal::english);
    }

    /** Why a text cannot be carried by XML, in words any language can say. */
    public static Optional<Refusal> characterRefusal(String text) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (!xmlAllowed(c)) {
                String code = String.format(Locale.ROOT, "U+%04X", c);
                return Optional.of(new Refusal("input.control-character", List.of(code),
                        "contains the control character " + code + ", which cannot be kept"));
            }
            i += Character.charCount(c);
        }
        return Optional.empty();
    }

    /** Why a source cannot be kept: longer than a source may be, not an http or https link with a host, or a character XML cannot carry. */
    public static Optional<String> sourceProblem(String link) {
        return sourceRefusal(link).map(Refusal::english);
    }

    /** Why a source cannot be kept, in words any language can say. */
    public static Optional<Refusal> sourceRefusal(String link) {
        Optional<Refusal> kept = refusal(Field.SOURCE, link);
        if (kept.isPresent()) {
            return kept;
        }
        try {
            URI uri = new URI(link);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (SCHEMES.contains(scheme) && uri.getHost() != null && !uri.getHost().isEmpty()) {
                return Optional.empty();
            }
        } catch (URISyntaxException e) {
            // refused below, as any other link that is not a web link
        }
        return Optional.of(new Refusal("input.not-a-link", List.of(link), "\"" + link + "\" is not an http or https link"));
    }

    /** Why a relationship code cannot be kept: malformed, too long, or a name a section or the security catalogue takes. */
    public static Optional<String> codeProblem(String code) {
        if (code == null || !code.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            return Optional.of("a relationship code is lower-case letters, digits and hyphens, not \"" + code + "\"");
        }
        if (code.length() > Field.RELATIONSHIP_CODE.limit) {
            return problem(Field.RELATIONSHIP_CODE, code);
        }
        if (NarrativeParts.RESERVED.contains(code)) {
            return Optional.of("\"" + code + "\" is reserved (" + String.join(", ", reservedCodes()) + " name parts of every issue)");
        }
        return Optional.empty();
    }

    /** The codes no relationship may take, in order. */
    public static List<String> reservedCodes() {
        return NarrativeParts.RESERVED.stream().sorted().toList();
    }

    /**
     * Every text of an issue these rules refuse, each named by its path in the issue's JSON export
     * ({@code relationships[0].events[3].sources[1]}); empty for an issue that can be kept.
     */
    public static List<Violation> check(Issue issue) {
        List<Violation> found = new ArrayList<>();
        refused(found, "title", refusal(Field.TITLE, issue.title()));
        for (int i = 0; i < issue.scale().bands().size(); i++) {
            ColourBand band = issue.scale().bands().get(i);
            refused(found, "scale[" + i + "].colour", refusal(Field.COLOUR, band.colour()));
            refused(found, "scale[" + i + "].meaning", refusal(Field.MEANING, band.meaning()));
        }
        for (int i = 0; i < issue.catalogues().size(); i++) {
            String at = "relationships[" + i + "]";
            Relationship relationship = issue.catalogues().get(i).relationship();
            refused(found, at + ".code", codeProblem(relationship.code()).map(Refusal::said));
            refused(found, at + ".name", refusal(Field.RELATIONSHIP_NAME, relationship.name()));
            List<Event> events = issue.catalogues().get(i).events();
            for (int j = 0; j < events.size(); j++) {
                Event event = events.get(j);
                event(found, at + ".events[" + j + "]", event.date(), event.description(), event.descriptionRu(), event.sources());
            }
        }
        List<SecurityEvent> security = issue.security().events();
        for (int j = 0; j < security.size(); j++) {
            SecurityEvent event = security.get(j);
            event(found, "security.events[" + j + "]", event.date(), event.description(), event.descriptionRu(), event.sources());
        }
        for (int i = 0; i < issue.stated().size(); i++) {
            StatedFigure figure = issue.stated().get(i);
            refused(found, "stated[" + i + "].subject", refusal(Field.STATED_SUBJECT, figure.subject()));
            refused(found, "stated[" + i + "].value", refusal(Field.STATED_VALUE, figure.value()));
        }
        return List.copyOf(found);
    }

    /** What an event's texts break, each named by its path under {@code at}. */
    public static List<Violation> event(String at, DateExpression date, String description, String descriptionRu, List<String> sources) {
        List<Violation> found = new ArrayList<>();
        event(found, at, date, description, descriptionRu, sources);
        return found;
    }

    private static void event(List<Violation> found, String at, DateExpression date, String description, String descriptionRu,
                              List<String> sources) {
        refused(found, at + ".date", refusal(Field.DATE, date.written()));
        refused(found, at + ".description", refusal(Field.DESCRIPTION, description));
        refused(found, at + ".descriptionRu", refusal(Field.DESCRIPTION, descriptionRu));
        for (int k = 0; k < sources.size(); k++) {
            refused(found, at + ".sources[" + k + "]", sourceRefusal(sources.get(k)));
        }
    }

    private static void refused(List<Violation> found, String field, Optional<Refusal> refusal) {
        refusal.ifPresent(reason -> found.add(new Violation(field, reason)));
    }

    /** Whether XML 1.0 can carry a character: tab, line feed, carriage return, and everything from space on but surrogates, U+FFFE and U+FFFF. */
    public static boolean xmlAllowed(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
    }

    /** The text with every character XML cannot carry replaced by U+FFFD: for writing out what was kept before these rules. */
    public static String xmlSafe(String text) {
        if (text == null || characterProblem(text).isEmpty()) {
            return text;
        }
        StringBuilder safe = new StringBuilder(text.length());
        text.codePoints().forEach(c -> safe.appendCodePoint(xmlAllowed(c) ? c : 0xFFFD));
        return safe.toString();
    }
}
