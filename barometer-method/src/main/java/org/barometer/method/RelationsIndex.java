package org.barometer.method;

import java.util.List;

/** A relationship's indices for a period: aggregate = positive + negative. */
public record RelationsIndex(int aggregate, int positive, int negative) {

    public static RelationsIndex of(List<Event> events) {
        int positive = 0;
        int negative = 0;
        for (Event event : events) {
            if (event.score() > 0) {
                positive += event.score();
            } else {
                negative += event.score();
            }
        }
        return new RelationsIndex(positive + negative, positive, negative);
    }
}
