package org.barometer.publicsite;

import java.util.List;

/** Searches that would match the unpublished material, and every download, as the public fetches them. */
final class PublicPaths {

    static final List<String> SEARCHES = List.of();

    static final List<String> DOWNLOADS = List.of();

    private PublicPaths() {
    }
}
