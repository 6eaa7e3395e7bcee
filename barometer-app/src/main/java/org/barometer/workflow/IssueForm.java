package org.barometer.workflow;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntPredicate;
import java.util.stream.Collectors;

import org.barometer.issue.Author;
import org.barometer.method.Catalogue;
import org.barometer.method.ColourBand;
import org.barometer.method.ColourScale;
import org.barometer.method.Issue;
import org.barometer.method.InputRules;
import org.barometer.method.IssueStatus;
import org.barometer.method.Period;
import org.barometer.method.Relationship;
import org.barometer.method.ScaleException;
import org.barometer.method.ScoreBound;
import org.barometer.method.SecurityCatalogue;
import org.barometer.workspace.FormProblem;

/**
 * A new issue as the editor typed it: every field as text, so that whatever is typed comes back to the form.
 * {@link #read} turns it into an issue, or names each field that is wrong.
 */
record IssueForm(String number, String title, String first, String last, List<String> relationships,
                 String lowest, String highest, List<AuthorForm> authors, List<BandForm> bands) {

    static final int MAX_TITLE = InputRules.Field.TITLE.limit();
    static final int MAX_NAME = InputRules.Field.AUTHOR_NAME.limit();
    static final int MAX_AFFILIATION = InputRules.Field.AFFILIATION.limit();
    static final int MAX_COLOUR = InputRules.Field.COLOUR.limit();

    /** One band of the colour scale as typed: a blank lowest or highest total leaves that end open. */
    record BandForm(String colour, String lowest, String highest, String meaning) {

        static final BandForm BLANK = new BandForm("", "", "", "");

        BandForm {
            colour = colour == null ? "" : colour;
            lowest = lowest == null ? "" : lowest;
            highest = highest == null ? "" : highest;
            meaning = meaning == null ? "" : meaning;
        }

        /** The rows as typed, a missing row read as a blank one. */
        static List<BandForm> rows(List<BandForm> typed) {
            return typed == null ? List.of() : typed.stream().map(band -> band == null ? BLANK : band).toList();
        }

        static BandForm of(ColourBand band) {
            return new BandForm(band.colour(), band.lowest() == null ? "" : band.lowest().toString(),
                    band.highest() == null ? "" : band.highest().toString(), band.meaning());
        }

        boolean blank() {
            return colour.isBlank() && lowest.isBlank() && highest.isBlank() && meaning.isBlank();
        }
    }

    record AuthorForm(String name, String affiliation, String biography) {
        AuthorForm {
            name = name == null ? "" : name;
            affiliation = affiliation == null ? "" : affiliation;
            biography = biography == null ? "" : biography;
        }

        boolean blank() {
            return name.isBlank() && affiliation.isBlank() && biography.isBlank();
        }
    }

    /** The issue and authors the form describes, or the problems that stop it. */
    record Reading(Issue issue, List<Author> authors, List<FormProblem> problems) {
    }

    IssueForm {
        number = orEmpty(number);
        title = orEmpty(title);
        first = orEmpty(first);
        last = orEmpty(last);
        relationships = relationships == null ? List.of() : relationships.stream().filter(code -> code != null && !code.isBlank()).toList();
        lowest = orEmpty(lowest);
        highest = orEmpty(highest);
        authors = authors == null ? List.of() : authors.stream().map(a -> a == null ? new AuthorForm("", "", "") : a).toList();
        bands = BandForm.rows(bands);
    }

    /** An empty form, its colour scale filled in with the scale in force, which the editor may change. */
    static IssueForm empty(ColourScale inForce) {
        return new IssueForm("", "", "", "", List.of(), Integer.toString(ScoreBound.DEFAULT.lowest()),
                Integer.toString(ScoreBound.DEFAULT.highest()), List.of(new AuthorForm("", "", "")),
                inForce.bands().stream().map(BandForm::of).toList());
    }

    /**
     * The form for the issue after the latest one: the next number, the period of the same length that follows, the
     * same relationships, score bound, colour scale and authors; no title, events or stated figures.
     */
    static IssueForm following(Issue latest, List<Author> latestAuthors) {
        Period period = latest.period();
        long months = period.first().until(period.last(), ChronoUnit.MONTHS);
        YearMonth first = period.last().plusMonths(1);
        List<AuthorForm> authors = latestAuthors.stream()
                .map(author -> new AuthorForm(author.name(), author.affiliation(), author.biography())).toList();
        return new IssueForm(Integer.toString(latest.number() + 1), "", first.toString(), first.plusMonths(months).toString(),
                latest.catalogues().stream().map(catalogue -> catalogue.relationship().code()).toList(),
                Integer.toString(latest.bound().lowest()), Integer.toString(latest.bound().highest()),
                authors.isEmpty() ? List.of(new AuthorForm("", "", "")) : authors,
                latest.scale().bands().stream().map(BandForm::of).toList());
    }

    IssueForm withAnotherAuthor() {
        return new IssueForm(number, title, first, last, relationships, lowest, highest, with(authors, new AuthorForm("", "", "")), bands);
    }

    IssueForm withoutAuthor(int index) {
        return new IssueForm(number, title, first, last, relationships, lowest, highest, without(authors, index), bands);
    }

    IssueForm withAnotherBand() {
        return new IssueForm(number, title, first, last, relationships, lowest, highest, authors, with(bands, BandForm.BLANK));
    }

    IssueForm withoutBand(int index) {
        return new IssueForm(number, title, first, last, relationships, lowest, highest, authors, without(bands, index));
    }

    /** The rows and one more at the end. */
    static <T> List<T> with(List<T> rows, T row) {
        List<T> more = new ArrayList<>(rows);
        more.add(row);
        return more;
    }

    /** The rows but the one at an index; all of them for an index that names none. */
    static <T> List<T> without(List<T> rows, int index) {
        List<T> fewer = new ArrayList<>(rows);
        if (index >= 0 && index < fewer.size()) {
            fewer.remove(index);
        }
        return fewer;
    }

    /**
     * Reads the form against the configured relationships, the issue numbers already taken and the colour scale in
     * force, which a form without any band row takes.
     */
    Reading read(List<Relationship> configured, IntPredicate taken, ColourScale inForce) {
        List<FormProblem> problems = new ArrayList<>();
        Integer issueNumber = wholeNumber(number);
        if (issueNumber == null || issueNumber < 1) {
            problems.add(FormProblem.of("number", "workflow.new.error.number", number));
        } else if (taken.test(issueNumber)) {
            problems.add(FormProblem.of("number", "workflow.new.error.number-taken", issueNumber));
        }
        checkTitle(title, problems);
        Period period = period(first, last, problems);
        Map<String, Relationship> known = configured.stream().collect(Collectors.toMap(Relationship::code, Function.identity()));
        List<Catalogue> catalogues = new ArrayList<>();
        for (Relationship relationship : configured) {
            if (relationships.contains(relationship.code())) {
                catalogues.add(new Catalogue(relationship, List.of()));
            }
        }
        relationships.stream().filter(code -> !known.containsKey(code)).distinct()
                .forEach(code -> problems.add(FormProblem.of("relationships", "workflow.new.error.unknown-relationship", code)));
        if (relationships.isEmpty()) {
            problems.add(FormProblem.of("relationships", "workflow.new.error.no-relationship"));
        }
        Integer low = wholeNumber(lowest);
        Integer high = wholeNumber(highest);
        if (low == null || low >= 0) {
            problems.add(FormProblem.of("lowest", "workflow.new.error.lowest", lowest));
        }
        if (high == null || high <= 0) {
            problems.add(FormProblem.of("highest", "workflow.new.error.highest", highest));
        }
        List<Author> issueAuthors = authors(problems);
        ColourScale scale = bands.isEmpty() ? inForce : scale(bands, problems);
        if (!problems.isEmpty()) {
            return new Reading(null, List.of(), List.copyOf(problems));
        }
        Issue issue = new Issue(issueNumber, period, title, IssueStatus.DRAFT, new ScoreBound(low, high),
                scale, catalogues, SecurityCatalogue.EMPTY, List.of());
        return new Reading(issue, issueAuthors, List.of());
    }

    private List<Author> authors(List<FormProblem> problems) {
        List<Author> read = new ArrayList<>();
        for (int i = 0; i < authors.size(); i++) {
            AuthorForm author = authors.get(i);
            if (author.blank()) {
                continue;
            }
            problems.addAll(check(author, i + 1));
            read.add(new Author(read.size(), author.name(), author.affiliation(), author.biography()));
        }
        return read;
    }

    /**
     * The colour scale the band rows make (blank rows left out), or null with the problems: a row's own (a name, a
     * total that is not a whole number) by its place, from 1; then what the method refuses in the whole scale (a gap,
     * an overlap, an end that is not open), in the method's words.
     */
    static ColourScale scale(List<BandForm> bands, List<FormProblem> problems) {
        List<ColourBand> read = new ArrayList<>();
        int before = problems.size();
        for (int i = 0; i < bands.size(); i++) {
            BandForm band = bands.get(i);
            if (band.blank()) {
                continue;
            }
            int place = i + 1;
            String colour = band.colour().strip();
            if (colour.isEmpty()) {
                problems.add(FormProblem.of("scale", "workflow.scale.error.colour", place));
            } else if (colour.length() > MAX_COLOUR) {
                problems.add(FormProblem.of("scale", "workflow.scale.error.colour-long", place, MAX_COLOUR));
            }
            Integer lowestTotal = total(band.lowest(), place, problems);
            Integer highestTotal = total(band.highest(), place, problems);
            if (problems.size() == before) {
                try {
                    read.add(new ColourBand(colour, lowestTotal, highestTotal, band.meaning().strip()));
                } catch (ScaleException refused) {
                    problems.add(FormProblem.of("scale", "workflow.scale.error.refused", refused.getMessage()));
                }
            }
        }
        if (problems.size() > before) {
            return null;
        }
        if (read.isEmpty()) {
            problems.add(FormProblem.of("scale", "workflow.scale.error.none"));
            return null;
        }
        try {
            return new ColourScale(read);
        } catch (ScaleException refused) {
            problems.add(FormProblem.of("scale", "workflow.scale.error.refused", refused.getMessage()));
            return null;
        }
    }

    /** A title is needed, and not a long one. */
    static void checkTitle(String title, List<FormProblem> problems) {
        if (title.isBlank()) {
            problems.add(FormProblem.of("title", "workflow.new.error.title"));
        } else if (title.strip().length() > MAX_TITLE) {
            problems.add(FormProblem.of("title", "workflow.new.error.title-long", MAX_TITLE));
        }
    }

    /** The period from its first and last month (YYYY-MM), or null with the problems. */
    static Period period(String first, String last, List<FormProblem> problems) {
        YearMonth from = month("first", first, problems);
        YearMonth to = month("last", last, problems);
        if (from != null && to != null && to.isBefore(from)) {
            problems.add(FormProblem.of("last", "workflow.new.error.period-order", to.toString(), from.toString()));
            return null;
        }
        return from == null || to == null ? null : new Period(from, to);
    }

    /** A band's end: blank for an open end, else a whole number. */
    private static Integer total(String written, int place, List<FormProblem> problems) {
        if (written.isBlank()) {
            return null;
        }
        Integer total = wholeNumber(written);
        if (total == null) {
            problems.add(FormProblem.of("scale", "workflow.scale.error.total", place, written));
        }
        return total;
    }

    /** What is wrong with an author's fields; the place is the author's row, from 1. */
    static List<FormProblem> check(AuthorForm author, int place) {
        List<FormProblem> problems = new ArrayList<>();
        if (author.name().isBlank()) {
            problems.add(FormProblem.of("authors", "workflow.author.error.name", place));
        } else if (author.name().strip().length() > MAX_NAME) {
            problems.add(FormProblem.of("authors", "workflow.author.error.name-long", place, MAX_NAME));
        }
        if (author.affiliation().strip().length() > MAX_AFFILIATION) {
            problems.add(FormProblem.of("authors", "workflow.author.error.affiliation-long", place, MAX_AFFILIATION));
        }
        return problems;
    }

    private static YearMonth month(String field, String written, List<FormProblem> problems) {
        try {
            YearMonth month = YearMonth.parse(written.strip());
            if (month.getYear() < 1900 || month.getYear() > 2999) {
                throw new DateTimeParseException("out of range", written, 0);
            }
            return month;
        } catch (DateTimeParseException e) {
            problems.add(FormProblem.of(field, "workflow.new.error." + field, written));
            return null;
        }
    }

    /** The row a button such as "remove-band-2" names, by its prefix; -1 for none. */
    static int row(String action, String prefix) {
        try {
            return Integer.parseInt(action.substring(prefix.length()));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static Integer wholeNumber(String written) {
        try {
            return Integer.valueOf(written.strip().replace('\u2212', '-'));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
