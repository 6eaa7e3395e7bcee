package org.barometer.findings;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One finding of a revision, worked out from what the revision holds now: its stable key (the same while the thing
 * found stands, so an acknowledgement stays with it), the subject it is about (a relationship's code, "security", a
 * part of the issue such as "foreword", or "" for the issue as a whole), its kind, its message as a bundle key with
 * arguments (an argument may itself be a message), the editor's acknowledgement if any, and whether the finding is an
 * empty relationship the editor may remove from the issue.
 */
public record IssueFinding(String key, String subject, String kind, String message, List<Object> args, Acknowledgement acknowledgement,
                           boolean removable) {

    public IssueFinding {
        args = List.copyOf(args);
    }

    /** Why the editor lets a finding stand, who said so and when. */
    public record Acknowledgement(String reason, String by, OffsetDateTime at) {
    }

    public boolean acknowledged() {
        return acknowledgement != null;
    }

    /** The arguments as a page's message lookup takes them. */
    public Object[] arguments() {
        return args.toArray();
    }

    IssueFinding with(Acknowledgement acknowledgement) {
        return new IssueFinding(key, subject, kind, message, args, acknowledgement, removable);
    }
}
