package org.barometer.method;

/** A score outside the bound; which score says the column ("score", "national", "regional"). */
public record ScoreOutOfBound(String subject, String name, String which, int score, ScoreBound bound, String description) implements Finding {

    @Override
    public String kind() {
        return "score-out-of-bound";
    }

    @Override
    public String message() {
        return name + ": " + which + " " + Scores.signed(score) + " is outside " + bound + " (" + description + ")";
    }
}
