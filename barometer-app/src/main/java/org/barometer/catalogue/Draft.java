package org.barometer.catalogue;

import java.util.List;

import org.barometer.method.DateExpression;

/** An event as an analyst submitted it, read and accepted, before it is stored. */
record Draft(DateExpression date, String description, String descriptionRu, List<String> sources, List<Integer> scores) {

    Draft {
        sources = List.copyOf(sources);
        scores = List.copyOf(scores);
    }
}
