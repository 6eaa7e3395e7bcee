package org.barometer.method;

import java.util.Locale;
import java.util.Objects;

/**
 * A bilateral relationship the monitoring follows, named as its heading names it ("Russia", "the EU", "the U.S.").
 * The code is a stable, URL-safe key derived from the name.
 */
public record Relationship(String code, String name) {

    public Relationship {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        if (!code.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new IllegalArgumentException("a relationship code is lower-case letters, digits and hyphens, not \"" + code + "\"");
        }
        if (name.isBlank()) {
            throw new IllegalArgumentException("a relationship needs a name");
        }
    }

    public static Relationship named(String name) {
        return new Relationship(codeFor(name), name.strip());
    }

    /** "the U.S." -> "us", "the European Union" -> "european-union", "Russia" -> "russia". */
    public static String codeFor(String name) {
        String bare = withoutArticle(name).replace(".", "").toLowerCase(Locale.ROOT);
        return bare.replaceAll("[^\\p{L}\\p{Nd}]+", "-").replaceAll("(^-|-$)", "");
    }

    /**
     * Whether two headings name the same relationship: "the EU" and "the European Union", "the U.S." and
     * "the United States" do, as an abbreviation matches the initials of the full name.
     */
    public static boolean sameRelationship(String one, String other) {
        String a = comparable(one);
        String b = comparable(other);
        return a.equals(b) || a.equals(initials(b)) || b.equals(initials(a));
    }

    private static String comparable(String name) {
        return withoutArticle(name).replace(".", "").strip().toLowerCase(Locale.ROOT);
    }

    private static String initials(String name) {
        StringBuilder initials = new StringBuilder();
        for (String word : name.split("\\s+")) {
            if (!word.isEmpty() && !word.equals("of") && !word.equals("and")) {
                initials.append(word.charAt(0));
            }
        }
        return initials.toString();
    }

    private static String withoutArticle(String name) {
        return name.strip().replaceFirst("(?i)^the\\s+", "");
    }
}
