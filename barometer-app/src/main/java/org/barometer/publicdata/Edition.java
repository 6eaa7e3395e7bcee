package org.barometer.publicdata;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What readers can see at one moment: the latest published revision of every published issue, in number order. Its
 * key changes whenever any of them does (a publication, a correction, a replaced import), because it names the stored
 * row of each revision, and a published row is never changed in place.
 */
public record Edition(List<PublishedIssue> issues, Map<Integer, Long> rows) {

    public Edition {
        issues = List.copyOf(issues);
        rows = Map.copyOf(rows);
    }

    /** Names this edition: equal keys mean the same published content. */
    public String key() {
        return issues.stream().map(issue -> key(issue.number())).collect(Collectors.joining(","));
    }

    /** Names the published revision of one issue, content and all; null if the issue is not published. */
    public String key(int number) {
        Long row = rows.get(number);
        return row == null ? null : issue(number).map(issue -> issue.number() + "." + issue.revision() + "#" + row).orElseThrow();
    }

    public Optional<PublishedIssue> issue(int number) {
        return issues.stream().filter(issue -> issue.number() == number).findFirst();
    }

    public Optional<PublishedIssue> latest() {
        return issues.isEmpty() ? Optional.empty() : Optional.of(issues.get(issues.size() - 1));
    }

    /** When anything readers can see last changed: the latest publication; empty if nothing is published. */
    public Optional<OffsetDateTime> lastPublished() {
        return issues.stream().map(PublishedIssue::publishedAt).filter(Objects::nonNull).max(OffsetDateTime::compareTo);
    }
}
