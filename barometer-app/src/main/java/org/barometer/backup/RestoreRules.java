package org.barometer.backup;

import java.util.Map;
import java.util.Optional;

import org.barometer.method.InputRules;
import org.barometer.method.InputRules.Field;
import org.barometer.method.Sources;

/**
 * The input rules every other way in applies (the forms, the importer), applied to a restored row: a backup file is
 * one more way in, so a text the forms would refuse (a character XML cannot carry, a reserved relationship code, a
 * source that is not a web link, a text longer than its field) is refused here too, by its path in the file.
 */
final class RestoreRules {

    /** The texts people write, by table and column, with the field whose rules they follow. */
    private static final Map<String, Field> FIELDS = Map.ofEntries(
            Map.entry("relationship.name", Field.RELATIONSHIP_NAME),
            Map.entry("issue.title", Field.TITLE),
            Map.entry("issue.correction_note", Field.CORRECTION_NOTE),
            Map.entry("colour_band.colour", Field.COLOUR),
            Map.entry("colour_band.meaning", Field.MEANING),
            Map.entry("issue_relationship.heading", Field.RELATIONSHIP_NAME),
            Map.entry("event.date_written", Field.DATE),
            Map.entry("event.description", Field.DESCRIPTION),
            Map.entry("event.description_ru", Field.DESCRIPTION),
            Map.entry("stated_figure.subject", Field.STATED_SUBJECT),
            Map.entry("stated_figure.stated", Field.STATED_VALUE),
            Map.entry("account.username", Field.USERNAME),
            Map.entry("issue_author.name", Field.AUTHOR_NAME),
            Map.entry("issue_author.affiliation", Field.AFFILIATION),
            Map.entry("issue_author.biography", Field.BIOGRAPHY),
            Map.entry("review_comment.body", Field.REVIEW_COMMENT),
            Map.entry("part_state.note", Field.CORRECTION_NOTE),
            Map.entry("part_state.comment", Field.REVIEW_COMMENT),
            Map.entry("narrative.body", Field.NARRATIVE),
            Map.entry("codebook_anchor.rationale", Field.RATIONALE),
            Map.entry("codebook_anchor.rationale_ru", Field.RATIONALE));

    private RestoreRules() {
    }

    /** Why a restored column's text cannot be kept, if it cannot. */
    static Optional<String> problem(String table, String column, String text) {
        if (text == null) {
            return Optional.empty();
        }
        String at = table + "." + column;
        if (at.equals("relationship.code")) {
            return InputRules.codeProblem(text);
        }
        if (at.equals("event.sources")) {
            return Sources.split(text).stream().map(InputRules::sourceProblem).flatMap(Optional::stream).findFirst();
        }
        Field field = FIELDS.get(at);
        return field == null ? InputRules.characterProblem(text) : InputRules.problem(field, text);
    }
}
