package org.barometer.account;

import java.util.Set;

import org.barometer.method.IssueStatus;

/**
 * A signed-in member of the team and what they may change. Analysts edit drafts of the relationships assigned
 * to them (and the security catalogue if assigned); the editor edits drafts and issues in review; nobody edits
 * a published issue.
 */
public record Actor(String username, Role role, Set<String> relationships, boolean securityAnalyst) implements java.io.Serializable {

    /** The subject of the security catalogue and its narratives in {@link #mayEdit}. */
    public static final String SECURITY = "security";

    public Actor {
        relationships = Set.copyOf(relationships);
    }

    public boolean isEditor() {
        return role == Role.EDITOR;
    }

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    /**
     * Whether this actor reads the issues the team is making (drafts, issues in review) where readers read published
     * ones: everyone but a reviewer, whose one right is the events they score second, blind.
     */
    public boolean readsDrafts() {
        return role != Role.REVIEWER;
    }

    /** Whether this actor may change a subject (a relationship code, {@link #SECURITY}) of an issue in this status. */
    public boolean mayEdit(IssueStatus status, String subject) {
        return switch (status) {
            case PUBLISHED -> false;
            case IN_REVIEW -> isEditor();
            case DRAFT -> isEditor() || (role == Role.ANALYST && assigned(subject));
        };
    }

    /** Whether the subject is assigned to this analyst. */
    public boolean assigned(String subject) {
        return SECURITY.equals(subject) ? securityAnalyst : relationships.contains(subject);
    }

    /** Refuses, as a 403, a change this actor may not make. */
    public void requireEdit(IssueStatus status, String subject) {
        if (!mayEdit(status, subject)) {
            throw new org.springframework.security.access.AccessDeniedException(
                    username + " may not change " + subject + " of an issue that is " + status.key());
        }
    }

    public void requireEditor() {
        if (!isEditor()) {
            throw new org.springframework.security.access.AccessDeniedException("only the editor may do this");
        }
    }
}
