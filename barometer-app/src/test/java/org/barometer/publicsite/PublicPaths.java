package org.barometer.publicsite;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Searches that would match the unpublished material, and every download, as the public fetches them, each with the
 * status it must answer.
 */
final class PublicPaths {

    static final Map<String, Integer> SEARCHES = inOrder(
            Map.entry("/search?q=DRAFT-ONLY", 200),
            Map.entry("/search?q=REVIEW-ONLY", 200),
            Map.entry("/search?q=CORRECTION-ONLY", 200),
            Map.entry("/search?q=%D0%A1%D0%BE%D1%87%D0%B8", 200),
            Map.entry("/search?q=Sochi", 200),
            // a relationship no published issue covers cannot be searched: named beside the form
            Map.entry("/search?relationship=atlantis-draft", 400),
            Map.entry("/search?relationship=security", 200),
            Map.entry("/search?from=2020-11-01&to=2020-12-31", 200),
            Map.entry("/search?minScore=-3&maxScore=3", 200),
            Map.entry("/search?q=Sochi&page=1&lang=ru", 200));

    static final Map<String, Integer> DOWNLOADS = inOrder(
            Map.entry("/data", 200),
            Map.entry("/data/events.csv", 200),
            Map.entry("/data/events.json", 200),
            Map.entry("/data/indices.csv", 200),
            Map.entry("/data/indices.json", 200),
            Map.entry("/data/reliability.csv", 200),
            Map.entry("/data/reliability.json", 200),
            Map.entry("/data/forecasts.csv", 200),
            Map.entry("/data/forecasts.json", 200));

    private PublicPaths() {
    }

    @SafeVarargs
    static Map<String, Integer> inOrder(Map.Entry<String, Integer>... statuses) {
        Map<String, Integer> inOrder = new LinkedHashMap<>();
        for (Map.Entry<String, Integer> status : statuses) {
            inOrder.put(status.getKey(), status.getValue());
        }
        return inOrder;
    }
}
