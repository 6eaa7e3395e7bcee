package org.barometer.publicsite;

import java.util.List;

/** Searches that would match the unpublished material, and every download, as the public fetches them. */
final class PublicPaths {

    static final List<String> SEARCHES = List.of("/search?q=DRAFT-ONLY", "/search?q=REVIEW-ONLY", "/search?q=CORRECTION-ONLY",
            "/search?q=%D0%A1%D0%BE%D1%87%D0%B8", "/search?q=Sochi", "/search?relationship=atlantis-draft",
            "/search?relationship=security", "/search?from=2020-11-01&to=2020-12-31", "/search?minScore=-3&maxScore=3",
            "/search?q=Sochi&page=1&lang=ru");

    static final List<String> DOWNLOADS = List.of("/data", "/data/events.csv", "/data/events.json", "/data/indices.csv",
            "/data/indices.json");

    private PublicPaths() {
    }
}
