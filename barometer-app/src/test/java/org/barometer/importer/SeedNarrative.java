package org.barometer.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.barometer.Seed;

/**
 * The words of the published No. 17 that a reader sees, read straight from the seed by a rule of its own (not by the
 * importer): every non-empty line from the first salutation ("Dear …") to "Appendix 1", and every one after the
 * "Authors" heading, less the running page headers, the contents list (numbered entries and an appendix's caption
 * line), the cover's page of figures and charts (from the end of the contents to the first "Relationship with"
 * heading: the publisher's name, figure captions, chart labels), figure lines ("Aggregate index: …") and bare
 * numbers. Each unit is one line of the text with its line number; a paragraph a page break split is two units (the
 * second starts in lower case). Headings that only structure the text ("Relationship with …", "Trends", "Forecast",
 * "Events and developments", "1. National security", "Authors") are marked {@link Unit#structural()}.
 */
public final class SeedNarrative {

    private static final Pattern PAGE_HEADER = Pattern.compile("^(MINSK BAROMETER:.*|№ \\d+ \\(.*\\))$");
    private static final Pattern CONTENTS = Pattern.compile("^\\d+ \\S.*$");
    private static final Pattern FIGURE = Pattern.compile("^((Aggregate index|Positive points|Negative points): .*|[+-]?\\d+)$");
    private static final Pattern STRUCTURAL = Pattern.compile(
            "^(Relationship with .+|Security Barometer.*|Trends|Forecast|Developments and processes|Events and developments|\\d\\. (National|Regional) [Ss]ecurity|Authors)$");

    /** One line of narrative in the seed. */
    public record Unit(int line, String text, boolean structural) {
    }

    private SeedNarrative() {
    }

    /** Every unit of the seed's narrative, in the order of the text. */
    public static List<Unit> units() {
        List<String> lines = Seed.text().lines().map(String::strip).toList();
        List<Unit> units = new ArrayList<>();
        boolean inText = false;
        boolean contents = false;
        boolean figuresPage = false;
        boolean captionMayFollow = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isEmpty()) {
                captionMayFollow = false;
                continue;
            }
            if (line.equals("Appendix 1")) {
                inText = false;
                continue;
            }
            if (line.equals("Authors") && i > lines.indexOf("Appendix 1")) {
                inText = true;
            }
            if (!inText && units.isEmpty() && line.startsWith("Dear ")) {
                inText = true;
            }
            if (!inText || PAGE_HEADER.matcher(line).matches() || FIGURE.matcher(line).matches()) {
                continue;
            }
            if (CONTENTS.matcher(line).matches() && !line.matches("^\\d\\. .*")) {
                contents = true;
                captionMayFollow = line.matches("^\\d+ Appendix .*");
                continue;
            }
            if (contents && captionMayFollow) {
                continue;
            }
            if (contents) {
                contents = false;
                figuresPage = true;
            }
            if (figuresPage && !line.startsWith("Relationship with ")) {
                continue;
            }
            figuresPage = false;
            units.add(new Unit(i + 1, line, STRUCTURAL.matcher(line).matches()));
        }
        return units;
    }

    /** The text folded as the tests compare it: every run of white space one space. */
    public static String folded(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }
}
