package org.barometer.catalogue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.barometer.issue.EventContent;
import org.barometer.method.DateExpression;
import org.barometer.method.InputRules;
import org.barometer.method.Period;
import org.barometer.method.ScoreBound;
import org.barometer.method.Scores;
import org.barometer.workspace.FormProblem;

/**
 * Rows pasted from a spreadsheet or a Word table (cells separated by tabs, as Excel, LibreOffice, Google Sheets and
 * Word copy them) read into events: Date, Event, Score (for security Date, Event, National, Regional), then optionally
 * the Russian description and the sources (several in one cell separated by spaces or semicolons). A first row
 * naming the columns is skipped; empty lines are left out. Each row is read exactly as the single event form reads it,
 * and held to the same input rules; every problem is told with the line it is on.
 */
record PastedRows(List<Row> rows, FormProblem refusal) {

    /** The most rows one paste may hold. */
    static final int MAX_ROWS = 2_000;
    /** The most one paste may weigh, in bytes of UTF-8. */
    static final int MAX_BYTES = 1_000_000;

    private static final String TOO_LARGE = "catalogue.paste.too-large";
    private static final Set<String> HEADER_FIRST_CELLS = Set.of("date", "дата");

    PastedRows {
        rows = List.copyOf(rows);
    }

    /** One pasted line: its number in the paste, its cells, the event it reads as (or null) and its problems. */
    record Row(int line, String date, DateExpression read, String description, String descriptionRu, List<String> scores,
               List<String> sources, EventContent draft, List<FormProblem> problems) {

        public boolean accepted() {
            return problems.isEmpty();
        }
    }

    /** Whether every row reads as an event and there is at least one; only then may the rows be stored. */
    public boolean storable() {
        return refusal == null && !rows.isEmpty() && rows.stream().allMatch(Row::accepted);
    }

    public long refusedRows() {
        return rows.stream().filter(row -> !row.accepted()).count();
    }

    /** Whether the paste was refused as too large, so that it is not sent back to the browser. */
    boolean tooLarge() {
        return refusal != null && refusal.key().equals(TOO_LARGE);
    }

    List<EventContent> drafts() {
        return rows.stream().map(Row::draft).toList();
    }

    static PastedRows read(String pasted, Subject subject, Period period, ScoreBound bound) {
        String text = pasted == null ? "" : pasted;
        if (text.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return refused(FormProblem.of("pasted", TOO_LARGE, MAX_BYTES / 1_000_000));
        }
        List<Row> rows = new ArrayList<>();
        boolean first = true;
        for (Line line : lines(text)) {
            if (line.cells().stream().allMatch(String::isEmpty)) {
                continue;
            }
            if (first && HEADER_FIRST_CELLS.contains(line.cells().get(0).toLowerCase(Locale.ROOT))) {
                first = false;
                continue;
            }
            first = false;
            if (rows.size() == MAX_ROWS) {
                return refused(FormProblem.of("pasted", "catalogue.paste.too-many", MAX_ROWS));
            }
            rows.add(row(line.number(), line.cells(), subject, period, bound));
        }
        if (rows.isEmpty()) {
            return refused(FormProblem.of("pasted", "catalogue.paste.empty"));
        }
        return new PastedRows(rows, null);
    }

    static PastedRows refused(FormProblem refusal) {
        return new PastedRows(List.of(), refusal);
    }

    private static Row row(int line, List<String> cells, Subject subject, Period period, ScoreBound bound) {
        int scoreCount = subject.scoreFields().size();
        int least = 2 + scoreCount;
        int most = least + 2;
        String date = at(cells, 0);
        String description = at(cells, 1);
        List<String> scores = new ArrayList<>(cells.subList(Math.min(2, cells.size()), Math.min(least, cells.size())));
        while (scores.size() < scoreCount) {
            scores.add("");
        }
        String descriptionRu = at(cells, least);
        List<String> sources = Arrays.stream(at(cells, least + 1).split("[\\s;]+")).filter(s -> !s.isEmpty()).toList();
        List<FormProblem> problems = new ArrayList<>();
        if (cells.size() < least || cells.size() > most) {
            problems.add(FormProblem.of("", subject.isSecurity() ? "catalogue.paste.columns.security" : "catalogue.paste.columns",
                    cells.size(), least, most));
            return new Row(line, date, null, description, descriptionRu, scores, sources, null, problems);
        }
        String score = subject.isSecurity() ? "" : scores.get(0);
        String national = subject.isSecurity() ? scores.get(0) : "";
        String regional = subject.isSecurity() ? scores.get(1) : "";
        EventForm form = new EventForm(date, description, descriptionRu, String.join("\n", sources), score, national, regional, null, null);
        FormReading.Reading reading = FormReading.read(form, subject, period, bound);
        problems.addAll(reading.problems());
        DateExpression read = reading.accepted() ? reading.draft().date() : FormReading.date(date, period, new ArrayList<>());
        if (reading.accepted()) {
            EventContent draft = reading.draft();
            for (InputRules.Violation violation : InputRules.event("row", draft.date(), draft.description(), draft.descriptionRu(), draft.sources())) {
                String field = violation.field().replaceAll("^row\\.|\\[\\d+]$", "");
                problems.add(FormProblem.of(violation.field(), "catalogue.paste.rule", Problems.label(field), Problems.refusal(violation.refusal())));
            }
        }
        return new Row(line, date, read, description, descriptionRu, scores.stream().map(PastedRows::signedIfScore).toList(), sources,
                problems.isEmpty() ? reading.draft() : null, problems);
    }

    private static String signedIfScore(String typed) {
        return Scores.isScore(typed) ? Scores.signed(Scores.parse(typed)) : typed.strip();
    }

    private static String at(List<String> cells, int index) {
        return index < cells.size() ? cells.get(index) : "";
    }

    /** A row of cells and the line of the paste it starts on. */
    private record Line(int number, List<String> cells) {
    }

    /**
     * The rows of a paste: lines of tab-separated cells. A cell a spreadsheet put in quotes (one holding a quote, a tab
     * or a line break) is read without them, its doubled quotes as one, its line breaks kept; every cell is stripped of
     * the spaces around it.
     */
    private static List<Line> lines(String text) {
        List<Line> lines = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        int line = 1;
        int start = 1;
        int i = 0;
        while (i <= text.length()) {
            if (cell.isEmpty() && i < text.length() && text.charAt(i) == '"') {
                int end = closingQuote(text, i + 1);
                if (end > 0) {
                    String quoted = text.substring(i + 1, end);
                    cell.append(quoted.replace("\"\"", "\"").replace("\r\n", "\n"));
                    line += (int) quoted.chars().filter(c -> c == '\n').count();
                    i = end + 1;
                    continue;
                }
            }
            char c = i < text.length() ? text.charAt(i) : '\n';
            if (c == '\t') {
                cells.add(cell.toString().strip());
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                cells.add(cell.toString().strip());
                cell.setLength(0);
                lines.add(new Line(start, List.copyOf(cells)));
                cells.clear();
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                line++;
                start = line;
            } else {
                cell.append(c);
            }
            i++;
        }
        return lines;
    }

    /** Where the quotes opened before {@code from} close at the end of a cell, or -1 if they do not. */
    private static int closingQuote(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            if (text.charAt(i) != '"') {
                continue;
            }
            if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                i++;
                continue;
            }
            boolean endOfCell = i + 1 == text.length() || "\t\r\n".indexOf(text.charAt(i + 1)) >= 0;
            return endOfCell ? i : -1;
        }
        return -1;
    }
}
