package org.barometer.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import org.barometer.issue.Author;
import org.barometer.method.ForecastStatement;
import org.barometer.method.InputRules;
import org.barometer.method.Issue;
import org.barometer.method.NarrativeParts;

/**
 * What an issue says in words beside its catalogues, as an import reads it and an export writes it: the narrative
 * texts (subject, part, language, Markdown), the authors in their order, and the forecast statements the issue makes.
 */
public record IssueWords(List<Text> narrative, List<Author> authors, List<ForecastStatement> forecasts) {

    public static final IssueWords NONE = new IssueWords(List.of(), List.of());

    public IssueWords {
        narrative = List.copyOf(narrative);
        authors = List.copyOf(authors);
        forecasts = List.copyOf(forecasts);
    }

    /** Narrative and authors, no forecast statement. */
    public IssueWords(List<Text> narrative, List<Author> authors) {
        this(narrative, authors, List.of());
    }

    /** One narrative text: a subject (a relationship code or a part of every issue), a part, a language, Markdown. */
    public record Text(String subject, String part, String language, String markdown) {

        /** What names the text within an issue: subject, part and language. */
        String key() {
            return subject + "/" + part + "/" + language;
        }
    }

    public boolean isEmpty() {
        return narrative.isEmpty() && authors.isEmpty() && forecasts.isEmpty();
    }

    /** The texts in one language. */
    public List<Text> in(String language) {
        return narrative.stream().filter(t -> t.language().equals(language)).toList();
    }

    /** Only what is attribution rather than narrative: the cover's publisher; no authors. */
    public IssueWords attributionOnly() {
        return new IssueWords(narrative.stream().filter(IssueWords::isPublisher).toList(), List.of());
    }

    /** These words with the cover's publisher in English set to this name (none given: unchanged). */
    public IssueWords withPublisher(String publisher) {
        if (publisher == null) {
            return this;
        }
        List<Text> texts = new ArrayList<>(narrative.stream().filter(t -> !(isPublisher(t) && t.language().equals("en"))).toList());
        texts.add(0, new Text(NarrativeParts.COVER, "publisher", "en", publisher.strip()));
        return new IssueWords(texts, authors, forecasts);
    }

    /** The publisher in English, if the words name one. */
    public Optional<String> publisher() {
        return narrative.stream().filter(t -> isPublisher(t) && t.language().equals("en")).map(Text::markdown).findFirst();
    }

    private static boolean isPublisher(Text text) {
        return text.subject().equals(NarrativeParts.COVER) && text.part().equals("publisher");
    }

    /**
     * The first thing the input rules refuse, named by its path in an export ({@code narrative[3].subject},
     * {@code authors[0].affiliation}).
     */
    public Optional<InputRules.Violation> violation(Issue issue) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < narrative.size(); i++) {
            String at = "narrative[" + i + "].";
            if (!seen.add(narrative.get(i).key())) {
                return Optional.of(new InputRules.Violation("narrative[" + i + "]", "a second text of " + narrative.get(i).key()));
            }
            Optional<InputRules.Violation> found = problem(code -> issue.catalogue(code).isPresent(), narrative.get(i))
                    .map(v -> new InputRules.Violation(at + v.field(), v.reason()));
            if (found.isPresent()) {
                return found;
            }
        }
        for (int i = 0; i < forecasts.size(); i++) {
            ForecastStatement statement = forecasts.get(i);
            if (statement.madeIn() != issue.number()) {
                return Optional.of(new InputRules.Violation("forecasts[" + i + "]", "a statement of issue " + statement.madeIn()
                        + " in issue " + issue.number()));
            }
            if (!statement.aboutSecurity() && issue.catalogue(statement.subject()).isEmpty()) {
                return Optional.of(new InputRules.Violation("forecasts[" + i + "].subject", "\"" + statement.subject()
                        + "\" is neither a relationship of the issue nor security"));
            }
        }
        for (int i = 0; i < authors.size(); i++) {
            String at = "authors[" + i + "].";
            Optional<InputRules.Violation> found = problem(authors.get(i)).map(v -> new InputRules.Violation(at + v.field(), v.reason()));
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /**
     * Why a text cannot be kept, naming its field (subject, part, language, markdown): a subject that is neither a
     * relationship of the issue nor a part of every issue, a part its subject has not, a language other than English and
     * Russian, a character XML cannot carry.
     */
    static Optional<InputRules.Violation> problem(Predicate<String> isRelationship, Text text) {
        if (!NarrativeParts.RESERVED.contains(text.subject()) && !isRelationship.test(text.subject())) {
            return Optional.of(new InputRules.Violation("subject", "\"" + text.subject() + "\" is neither a relationship of the issue nor one of "
                    + String.join(", ", NarrativeParts.RESERVED.stream().sorted().toList())));
        }
        if (!NarrativeParts.of(text.subject()).contains(text.part())) {
            return Optional.of(new InputRules.Violation("part", "\"" + text.part() + "\" is not a part of " + text.subject()
                    + " (expected " + String.join(", ", NarrativeParts.of(text.subject())) + ")"));
        }
        if (!NarrativeParts.LANGUAGES.contains(text.language())) {
            return Optional.of(new InputRules.Violation("language", "\"" + text.language() + "\" is not a language of the issue (expected en or ru)"));
        }
        return InputRules.problem(InputRules.Field.NARRATIVE, text.markdown()).map(reason -> new InputRules.Violation("markdown", reason));
    }

    /** Why an author cannot be kept, naming the field (name, affiliation, biography). */
    static Optional<InputRules.Violation> problem(Author author) {
        if (author.name().isEmpty()) {
            return Optional.of(new InputRules.Violation("name", "an author needs a name"));
        }
        return InputRules.problem(InputRules.Field.AUTHOR_NAME, author.name()).map(r -> new InputRules.Violation("name", r))
                .or(() -> InputRules.problem(InputRules.Field.AFFILIATION, author.affiliation()).map(r -> new InputRules.Violation("affiliation", r)))
                .or(() -> InputRules.problem(InputRules.Field.BIOGRAPHY, author.biography()).map(r -> new InputRules.Violation("biography", r)));
    }
}
