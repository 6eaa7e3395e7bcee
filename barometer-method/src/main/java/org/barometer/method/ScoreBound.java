package org.barometer.method;

/** The range of integer scores an issue allows, both ends inclusive; No. 17 uses -3..+3. */
public record ScoreBound(int lowest, int highest) {

    public static final ScoreBound DEFAULT = new ScoreBound(-3, 3);

    public ScoreBound {
        if (lowest >= 0 || highest <= 0) {
            throw new IllegalArgumentException("a score bound must run from a negative score through 0 to a positive one, not "
                    + Scores.signed(lowest) + ".." + Scores.signed(highest));
        }
    }

    public boolean allows(int score) {
        return score >= lowest && score <= highest;
    }

    /** Refuses a score an editor types that the bound does not allow; the message names the field. */
    public int check(String field, int score) {
        if (!allows(score)) {
            throw new IllegalArgumentException(field + " " + Scores.signed(score) + " is outside the bound " + this);
        }
        return score;
    }

    @Override
    public String toString() {
        return Scores.signed(lowest) + ".." + Scores.signed(highest);
    }
}
