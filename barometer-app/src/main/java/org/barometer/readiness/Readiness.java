package org.barometer.readiness;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.barometer.account.Accounts;
import org.barometer.account.Actor;
import org.barometer.account.Role;
import org.barometer.issue.IssueRef;
import org.barometer.issue.IssueStore;
import org.barometer.method.Catalogue;
import org.barometer.method.Issue;
import org.barometer.method.IssueStatus;
import org.barometer.method.NarrativeParts;
import org.springframework.stereotype.Service;

/**
 * Each part of an issue as its owner marks it: in progress, or ready with a note; which parts an issue has, who owns
 * them and who may mark them. An analyst marks the parts assigned to them, the editor any part ({@link PartChanges}).
 */
@Service
public class Readiness {

    private final IssueStore issues;
    private final PartStore store;
    private final Accounts accounts;

    Readiness(IssueStore issues, PartStore store, Accounts accounts) {
        this.issues = issues;
        this.store = store;
        this.accounts = accounts;
    }

    /** The parts of an issue in the order the publication has them: its relationships, security, the foreword. */
    public static List<String> partsOf(Issue issue) {
        List<String> parts = new ArrayList<>();
        issue.catalogues().forEach(catalogue -> parts.add(catalogue.relationship().code()));
        parts.add(NarrativeParts.SECURITY);
        parts.add(NarrativeParts.FOREWORD);
        return List.copyOf(parts);
    }

    /** The part a catalogue or narrative belongs to: security for national and regional, the foreword for the editor's texts. */
    public static String partOf(String subject) {
        return switch (subject) {
            case NarrativeParts.NATIONAL, NarrativeParts.REGIONAL -> NarrativeParts.SECURITY;
            case NarrativeParts.COVER, NarrativeParts.ACKNOWLEDGEMENTS -> NarrativeParts.FOREWORD;
            default -> subject;
        };
    }

    /** Whether this person may mark the part: the editor any part, an analyst a relationship or security assigned to them. */
    public static boolean mayMark(Actor actor, String part) {
        return actor.isEditor() || actor.role() == Role.ANALYST && !NarrativeParts.FOREWORD.equals(part) && actor.assigned(part);
    }

    /** Every part of the revision with where it stands, in the order of {@link #partsOf}; an unmarked part is in progress. */
    public List<PartState> parts(IssueRef ref) {
        return parts(issue(ref), ref);
    }

    /** The same, for a caller that has the revision loaded already: the issue as stored in the ref's row. */
    public List<PartState> parts(Issue issue, IssueRef ref) {
        Map<String, PartState> marked = store.marked(ref.id()).stream().collect(Collectors.toMap(PartState::part, Function.identity()));
        return partsOf(issue).stream().map(part -> marked.getOrDefault(part, PartState.untouched(part))).toList();
    }

    /** Every part as the pages show it to this person: its name, owners and what they may do to it. */
    public List<PartRow> rows(Actor actor, IssueRef ref) {
        return rows(actor, ref, issue(ref));
    }

    /** The same, for a caller that has the revision loaded already: the issue as stored in the ref's row. */
    public List<PartRow> rows(Actor actor, IssueRef ref, Issue issue) {
        Map<String, String> names = issue.catalogues().stream().map(Catalogue::relationship)
                .collect(Collectors.toMap(r -> r.code(), r -> r.name()));
        List<Actor> team = accounts.list();
        return parts(issue, ref).stream().map(state -> new PartRow(state, names.get(state.part()), owners(team, state.part()),
                ref.status() == IssueStatus.DRAFT && mayMark(actor, state.part()),
                actor.isEditor() && (ref.status() == IssueStatus.DRAFT || ref.status() == IssueStatus.IN_REVIEW))).toList();
    }

    /** One part as its page shows it, or empty if the issue has no such part. */
    public Optional<PartRow> row(Actor actor, IssueRef ref, String part) {
        return rows(actor, ref).stream().filter(row -> row.code().equals(part)).findFirst();
    }

    private static List<String> owners(List<Actor> team, String part) {
        return team.stream().filter(member -> NarrativeParts.FOREWORD.equals(part) ? member.isEditor()
                : member.role() == Role.ANALYST && member.assigned(part)).map(Actor::username).toList();
    }

    Issue issue(IssueRef ref) {
        return issues.find(ref.id()).orElseThrow();
    }
}
