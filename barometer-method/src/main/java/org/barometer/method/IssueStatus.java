package org.barometer.method;

import java.util.Locale;

/** Where an issue is in its life: analysts edit drafts, the editor reviews and publishes. */
public enum IssueStatus {
    DRAFT, IN_REVIEW, PUBLISHED;

    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static IssueStatus ofKey(String key) {
        for (IssueStatus status : values()) {
            if (status.key().equals(key.strip().toLowerCase(Locale.ROOT))) {
                return status;
            }
        }
        throw new IllegalArgumentException("\"" + key + "\" is not an issue status; expected draft, in-review or published");
    }
}
