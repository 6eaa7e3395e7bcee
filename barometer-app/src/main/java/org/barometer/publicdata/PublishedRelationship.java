package org.barometer.publicdata;

import java.util.List;

/**
 * A relationship as the newest published issue naming it names it, the published issues it appears in, and those of
 * them that cover it (with events; the others say "not covered").
 */
public record PublishedRelationship(String code, String name, List<Integer> issues, List<Integer> coveredIn) {

    public PublishedRelationship {
        issues = List.copyOf(issues);
        coveredIn = List.copyOf(coveredIn);
    }
}
