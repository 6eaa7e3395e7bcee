package org.barometer.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.barometer.method.Catalogue;
import org.barometer.method.ColourScale;
import org.barometer.method.DateExpression;
import org.barometer.method.Event;
import org.barometer.method.Figure;
import org.barometer.method.InputRules;
import org.barometer.method.Issue;
import org.barometer.method.IssueStatus;
import org.barometer.method.Period;
import org.barometer.method.Relationship;
import org.barometer.method.ScoreBound;
import org.barometer.method.Scores;
import org.barometer.method.SecurityCatalogue;
import org.barometer.method.SecurityEvent;
import org.barometer.method.StatedFigure;

/**
 * Reads the text of a published issue as extracted from its PDF: narrative pages, page headers and repeated
 * table headings included. It takes the number and period, every relationship's catalogue (Appendix 1), the
 * security catalogue (Appendix 2) and every figure the issue states; any line of those it cannot read is an error.
 * Its words beside them (foreword, sections, authors, acknowledgements) are read by {@link PublishedNarrative}.
 */
final class PublishedIssueParser {

    private static final Pattern ISSUE_LINE = Pattern.compile("^(?:№|No\\.?|N°)\\s*(\\d+)\\s*\\((.+)\\)\\s*$");
    private static final Pattern RELATIONSHIP_HEADING = Pattern.compile("^Relationship with (.+?)\\s*$");
    private static final Pattern SECTION_FIGURE = Pattern.compile("^(Aggregate index|Positive points|Negative points)\\s*:\\s*(.*?)\\s*$");
    private static final Pattern APPENDIX = Pattern.compile("^Appendix (\\d+)\\s*$");
    private static final Pattern REGIONAL_TOTAL = Pattern.compile("^(\\S+?)\\s*(?:\\((\\p{L}+)\\))?$");

    private final String source;
    private final List<String> lines;

    private PublishedIssueParser(String source, List<String> lines) {
        this.source = source;
        this.lines = lines;
    }

    /**
     * @param number the issue number, or null to take it from the "№ N (…)" line
     * @param period the period, or null to take it from the "№ N (…)" line
     */
    static Parsed parse(String source, List<String> lines, Integer number, Period period, IssueStatus status) {
        return new PublishedIssueParser(source, lines).parse(number, period, status);
    }

    /** The issue's data, its words, and the lines of narrative that found no place. */
    record Parsed(Issue issue, IssueWords words, List<Notice> notices) {
    }

    private Parsed parse(Integer givenNumber, Period givenPeriod, IssueStatus status) {
        Optional<IssueLine> issueLine = findIssueLine(givenNumber == null || givenPeriod == null);
        int number = givenNumber != null ? givenNumber : issueLine.orElseThrow().number();
        Period period = givenPeriod != null ? givenPeriod : issueLine.orElseThrow().period();
        String publication = firstText();
        String title = issueLine.map(IssueLine::title).orElse(publication);

        Map<String, Section> sections = new LinkedHashMap<>();
        Map<String, CatalogueRows> catalogues = new LinkedHashMap<>();
        List<SecurityEvent> securityEvents = new ArrayList<>();
        List<StatedFigure> securityStated = new ArrayList<>();
        boolean securitySeen = false;

        int appendix = 0;
        Section section = null;
        CatalogueRows catalogue = null;
        for (int i = 0; i < lines.size(); i++) {
            int lineNumber = i + 1;
            String line = lines.get(i);
            String trimmed = line.strip();
            Matcher m;
            if ((m = APPENDIX.matcher(trimmed)).matches()) {
                appendix = Integer.parseInt(m.group(1));
                securitySeen |= appendix == 2;
                continue;
            }
            if (appendix > 0 && trimmed.equals("Authors")) {
                appendix = Math.max(appendix, 3);
                continue;
            }
            if (appendix == 0) {
                if ((m = RELATIONSHIP_HEADING.matcher(trimmed)).matches()) {
                    section = sections.computeIfAbsent(m.group(1), name -> new Section(name, lineNumber, line));
                } else if ((m = SECTION_FIGURE.matcher(trimmed)).matches() && section != null) {
                    section.state(figureOf(m.group(1)), m.group(2), lineNumber, line);
                }
                continue;
            }
            if (appendix > 2 || trimmed.isEmpty() || isPageHeader(trimmed, title, publication)) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (appendix == 1 && (m = RELATIONSHIP_HEADING.matcher(trimmed)).matches() && cells.length == 1) {
                String name = m.group(1);
                if (catalogues.containsKey(name)) {
                    throw error(lineNumber, line, "a second catalogue of the relationship with " + name);
                }
                kept("Relationship", InputRules.Field.RELATIONSHIP_NAME, name, lineNumber, line);
                InputRules.codeProblem(Relationship.codeFor(name)).ifPresent(reason -> {
                    throw error(lineNumber, line, "Relationship: " + reason);
                });
                catalogue = new CatalogueRows(name);
                catalogues.put(name, catalogue);
                continue;
            }
            if (cells.length == 1) {
                if (appendix == 1 && catalogue == null || appendix == 2 && securityEvents.isEmpty()) {
                    continue; // a caption before the first table
                }
                throw error(lineNumber, line, "expected a catalogue row (date, event and scores separated by tabs), a heading or a page header");
            }
            if (cells[0].strip().equals("Date")) {
                continue; // a table heading, repeated on every page
            }
            if (appendix == 1) {
                if (catalogue == null) {
                    throw error(lineNumber, line, "a catalogue row before any \"Relationship with …\" heading");
                }
                catalogueRow(catalogue, cells, period, lineNumber, line);
            } else {
                securityRow(securityEvents, securityStated, cells, period, lineNumber, line);
            }
        }

        if (catalogues.isEmpty()) {
            throw new ImportException(source, "found no relationship catalogue: expected \"Appendix 1\" followed by \"Relationship with …\" headings and their tables");
        }
        if (!securitySeen) {
            throw new ImportException(source, "found no security catalogue: expected \"Appendix 2\" with its table");
        }
        Map<String, Section> sectionOfCatalogue = new LinkedHashMap<>();
        for (Section s : sections.values()) {
            sectionOfCatalogue.put(catalogueFor(s, catalogues), s);
        }
        List<Catalogue> result = new ArrayList<>();
        List<StatedFigure> stated = new ArrayList<>();
        for (CatalogueRows rows : catalogues.values()) {
            Relationship relationship = Relationship.named(rows.name);
            result.add(new Catalogue(relationship, rows.events));
            Section s = sectionOfCatalogue.get(rows.name);
            if (s != null) {
                s.figures.forEach((figure, value) -> stated.add(new StatedFigure(relationship.code(), figure, value)));
            }
            if (rows.total != null) {
                stated.add(new StatedFigure(relationship.code(), Figure.TOTAL, rows.total));
            }
        }
        stated.addAll(securityStated);
        Issue issue = new Issue(number, period, title, status, ScoreBound.DEFAULT, ColourScale.DEFAULT,
                result, new SecurityCatalogue(securityEvents), stated);
        PublishedNarrative.Read words = PublishedNarrative.read(source, lines, trimmed -> isPageHeader(trimmed, title, publication), title,
                name -> Relationship.named(catalogueFor(sections.get(name), catalogues)).code());
        return new Parsed(issue, words.words(), words.notices());
    }

    private void catalogueRow(CatalogueRows catalogue, String[] cells, Period period, int lineNumber, String line) {
        if (cells[0].strip().equals("Total")) {
            catalogue.total = statedNumber(lastFilled(cells), "Total", lineNumber, line);
            return;
        }
        if (cells.length != 3) {
            throw error(lineNumber, line, "expected 3 cells (Date, Event, Score) separated by tabs, found " + cells.length);
        }
        catalogue.events.add(new Event(date(cells[0], period, lineNumber, line), description(cells[1], lineNumber, line),
                score(cells[2], "Score", lineNumber, line)));
    }

    private void securityRow(List<SecurityEvent> events, List<StatedFigure> stated, String[] cells, Period period,
                             int lineNumber, String line) {
        if (cells.length != 4) {
            throw error(lineNumber, line, "expected 4 cells (Date, Event, National security, Regional tension) separated by tabs, found " + cells.length);
        }
        if (cells[0].strip().equals("Total")) {
            stated.add(new StatedFigure(StatedFigure.SECURITY, Figure.NATIONAL, statedNumber(cells[2], "National security total", lineNumber, line)));
            Matcher m = REGIONAL_TOTAL.matcher(cells[3].strip());
            if (!m.matches()) {
                throw error(lineNumber, line, "Regional tension total \"" + cells[3].strip() + "\" is not a whole number with an optional (Colour)");
            }
            stated.add(new StatedFigure(StatedFigure.SECURITY, Figure.REGIONAL, statedNumber(m.group(1), "Regional tension total", lineNumber, line)));
            if (m.group(2) != null) {
                stated.add(new StatedFigure(StatedFigure.SECURITY, Figure.LEVEL, m.group(2)));
            }
            return;
        }
        events.add(new SecurityEvent(date(cells[0], period, lineNumber, line), description(cells[1], lineNumber, line),
                score(cells[2], "National security", lineNumber, line), score(cells[3], "Regional tension", lineNumber, line)));
    }

    private String catalogueFor(Section section, Map<String, CatalogueRows> catalogues) {
        if (catalogues.containsKey(section.name)) {
            return section.name;
        }
        return catalogues.keySet().stream()
                .filter(name -> Relationship.sameRelationship(name, section.name))
                .findFirst()
                .orElseThrow(() -> error(section.line, section.text, "the section of the relationship with " + section.name
                        + " states figures, but Appendix 1 has no catalogue for it (catalogues: " + String.join(", ", catalogues.keySet()) + ")"));
    }

    private Optional<IssueLine> findIssueLine(boolean required) {
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = ISSUE_LINE.matcher(lines.get(i).strip());
            if (m.matches()) {
                Period period;
                try {
                    period = Period.parse(m.group(2));
                } catch (IllegalArgumentException e) {
                    if (!required) {
                        continue;
                    }
                    throw error(i + 1, lines.get(i), e.getMessage() + "; or give --issue N --from YYYY-MM --to YYYY-MM");
                }
                return Optional.of(new IssueLine(Integer.parseInt(m.group(1)), period, titleBefore(i)));
            }
        }
        if (required) {
            throw new ImportException(source, "found no issue line such as \"№ 17 (September and October 2020)\"; give --issue N --from YYYY-MM --to YYYY-MM");
        }
        return Optional.empty();
    }

    /** The page header above the issue line: the publication's running title. */
    private String titleBefore(int issueLine) {
        for (int i = issueLine - 1; i >= 0; i--) {
            if (!lines.get(i).isBlank()) {
                return lines.get(i).strip();
            }
        }
        return firstText();
    }

    private String firstText() {
        return lines.stream().filter(l -> !l.isBlank()).map(String::strip).findFirst().orElse("");
    }

    /** The running header of every page: the issue line, the title above it, or "PUBLICATION: …". */
    private static boolean isPageHeader(String trimmed, String title, String publication) {
        return ISSUE_LINE.matcher(trimmed).matches()
                || (!title.isEmpty() && trimmed.equals(title))
                || (!publication.isEmpty() && trimmed.startsWith(publication + ":"));
    }

    private DateExpression date(String cell, Period period, int lineNumber, String line) {
        kept("Date", InputRules.Field.DATE, cell.strip(), lineNumber, line);
        try {
            return DateExpression.parse(cell.strip(), period);
        } catch (IllegalArgumentException e) {
            throw error(lineNumber, line, "Date: " + e.getMessage());
        }
    }

    private String description(String cell, int lineNumber, String line) {
        if (cell.isBlank()) {
            throw error(lineNumber, line, "Event: the description is empty");
        }
        kept("Event", InputRules.Field.DESCRIPTION, cell.strip(), lineNumber, line);
        return cell.strip();
    }

    /** Refuses a cell the input rules refuse for its field. */
    private void kept(String field, InputRules.Field rule, String cell, int lineNumber, String line) {
        InputRules.problem(rule, cell).ifPresent(reason -> {
            throw error(lineNumber, line, field + ": " + reason);
        });
    }

    private int score(String cell, String field, int lineNumber, String line) {
        if (cell.isBlank()) {
            throw error(lineNumber, line, field + ": the score is missing");
        }
        try {
            return Scores.parse(cell);
        } catch (IllegalArgumentException e) {
            throw error(lineNumber, line, field + ": " + e.getMessage());
        }
    }

    private String statedNumber(String cell, String field, int lineNumber, String line) {
        score(cell, field, lineNumber, line);
        return cell.strip();
    }

    private static String lastFilled(String[] cells) {
        for (int i = cells.length - 1; i > 0; i--) {
            if (!cells[i].isBlank()) {
                return cells[i];
            }
        }
        return "";
    }

    private static Figure figureOf(String label) {
        return switch (label) {
            case "Aggregate index" -> Figure.AGGREGATE;
            case "Positive points" -> Figure.POSITIVE;
            default -> Figure.NEGATIVE;
        };
    }

    private ImportException error(int lineNumber, String line, String reason) {
        return new ImportException(source, lineNumber, line, reason);
    }

    private record IssueLine(int number, Period period, String title) {
    }

    private final class Section {
        final String name;
        final int line;
        final String text;
        final Map<Figure, String> figures = new LinkedHashMap<>();

        Section(String name, int line, String text) {
            this.name = name;
            this.line = line;
            this.text = text;
        }

        void state(Figure figure, String value, int lineNumber, String lineText) {
            String field = figure == Figure.AGGREGATE ? "Aggregate index" : figure == Figure.POSITIVE ? "Positive points" : "Negative points";
            statedNumber(value, field, lineNumber, lineText);
            if (figures.putIfAbsent(figure, value.strip()) != null) {
                throw error(lineNumber, lineText, field + " of the relationship with " + name + " is stated twice");
            }
        }
    }

    private static final class CatalogueRows {
        final String name;
        final List<Event> events = new ArrayList<>();
        String total;

        CatalogueRows(String name) {
            this.name = name;
        }
    }
}
