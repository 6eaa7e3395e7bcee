package org.barometer.publicdata;

import java.util.List;

/** A relationship as the newest published issue covering it names it, and the published issues it appears in. */
public record PublishedRelationship(String code, String name, List<Integer> issues) {

    public PublishedRelationship {
        issues = List.copyOf(issues);
    }
}
