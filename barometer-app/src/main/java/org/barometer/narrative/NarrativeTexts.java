package org.barometer.narrative;

import java.util.List;

import org.springframework.stereotype.Repository;

/**
 * The narrative texts of one revision as imports and exports carry them: all of them in the store's order, and a
 * text written at once as the first version. Callers own the transaction.
 */
@Repository
public class NarrativeTexts {

    private final NarrativeStore store;

    NarrativeTexts(NarrativeStore store) {
        this.store = store;
    }

    /** Every text of the revision stored in this row, by subject, part and language. */
    public List<NarrativeText> of(long issueRow) {
        return store.all(issueRow);
    }

    /** Writes a text the revision has not yet; false, and nothing changed, if it has one for that subject, part and language. */
    public boolean add(long issueRow, String subject, String part, String language, String markdown) {
        return store.insert(issueRow, subject, part, language, markdown);
    }
}
