package org.barometer.issue;

/**
 * The sums of one catalogue of one revision, added up by the store: its events, the aggregate, positive and negative
 * points of a relationship's catalogue, the national and regional totals of the security catalogue (0 where they
 * do not apply).
 */
public record CatalogueSums(long issueRow, String catalogue, int events, int aggregate, int positive, int negative, int national,
                            int regional) {

    public static CatalogueSums none(long issueRow, String catalogue) {
        return new CatalogueSums(issueRow, catalogue, 0, 0, 0, 0, 0, 0);
    }
}
