package org.barometer.reliability;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.barometer.account.Accounts;
import org.barometer.account.Actor;
import org.barometer.account.Role;
import org.barometer.audit.ChangeJson;
import org.barometer.audit.ChangeLog;
import org.barometer.issue.EventContent;
import org.barometer.issue.EventStore;
import org.barometer.issue.IssueRef;
import org.barometer.issue.IssueStore;
import org.barometer.issue.Revisions;
import org.barometer.issue.StoredEvent;
import org.barometer.method.Catalogue;
import org.barometer.method.Issue;
import org.barometer.method.IssueStatus;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.web.server.ResponseStatusException;

/**
 * Double scoring of an issue's latest revision: the editor draws a seeded share of a catalogue (and adds or removes
 * events by hand) and names its second coder; the second coder scores the sampled events blind; where the two scores
 * differ by more than one point the editor sets the score of record with a reason, and the event takes it. Each
 * change locks the revision and is logged in the same transaction; a published issue changes no more (403).
 */
@Service
public class DoubleScoring {

    /** The share drawn when the editor gives none. */
    static final int DEFAULT_SHARE = 30;

    /** Two scores further apart than this go to the editor. */
    static final int TOLERATED = 1;

    private final Revisions revisions;
    private final IssueStore issues;
    private final EventStore events;
    private final DoubleStore store;
    private final Accounts accounts;
    private final ChangeLog changes;
    private final TransactionOperations transaction;

    DoubleScoring(Revisions revisions, IssueStore issues, EventStore events, DoubleStore store, Accounts accounts, ChangeLog changes,
                  TransactionOperations transaction) {
        this.revisions = revisions;
        this.issues = issues;
        this.events = events;
        this.store = store;
        this.accounts = accounts;
        this.changes = changes;
        this.transaction = transaction;
    }

    /** Bad input for a change: the message key for the form; nothing was changed. */
    static final class Refused extends RuntimeException {
        private final String key;

        Refused(String key) {
            super(key);
            this.key = key;
        }

        String key() {
            return key;
        }
    }

    /**
     * The stable ids of a catalogue's events drawn for a second score: sorted, shuffled by {@code new Random(seed)}, and
     * the first share of them taken (rounded up, so a share above 0 of a catalogue with events draws at least one).
     * The same ids, share and seed draw the same events.
     */
    static List<String> draw(List<String> uids, int sharePercent, long seed) {
        List<String> shuffled = new ArrayList<>(uids.stream().sorted().toList());
        Collections.shuffle(shuffled, new Random(seed));
        int count = (int) Math.ceil(shuffled.size() * sharePercent / 100.0);
        return List.copyOf(shuffled.subList(0, count));
    }

    /** Draws a share of a catalogue with a seed (a new one when none is given) and names its second coder; scored events stay. */
    void draw(Actor actor, int number, String catalogue, Integer sharePercent, Long seed, String coder) {
        int share = sharePercent == null ? DEFAULT_SHARE : sharePercent;
        if (share < 0 || share > 100) {
            throw new Refused("double.error.share");
        }
        long used = seed == null ? new Random().nextLong(1, 1_000_000_000L) : seed;
        editing(actor, number, catalogue, (ref, issue) -> {
            String second = coder == null || coder.isBlank() ? null : coder.strip();
            if (second != null && !mayScoreSecond(second, catalogue)) {
                throw new Refused("double.error.coder");
            }
            store.excludeUnscoredDrawn(ref.id(), catalogue);
            List<String> drawn = draw(events.catalogue(ref.id(), catalogue).stream().map(StoredEvent::uid).toList(), share, used);
            drawn.forEach(uid -> store.include(ref.id(), catalogue, uid, false));
            store.putSample(ref.id(), catalogue, share, used, second, actor.username());
            changes.record(actor.username(), ref, ChangeLog.Entity.DOUBLE_SCORE, null, ChangeLog.Action.SAMPLE, null,
                    ChangeJson.of("catalogue", catalogue, "share", share, "seed", used, "coder", second == null ? "" : second,
                            "events", drawn.size()));
        });
    }

    /** Adds an event of the catalogue to its sample by hand. */
    void add(Actor actor, int number, String catalogue, String uid) {
        editing(actor, number, catalogue, (ref, issue) -> {
            event(ref, catalogue, uid);
            if (store.sample(ref.id(), catalogue).isEmpty()) {
                store.putSample(ref.id(), catalogue, 0, 0, null, actor.username());
            }
            if (store.include(ref.id(), catalogue, uid, true)) {
                changes.record(actor.username(), ref, ChangeLog.Entity.DOUBLE_SCORE, null, ChangeLog.Action.ADD, null,
                        ChangeJson.of("catalogue", catalogue, "event", uid));
            }
        });
    }

    /** Takes an event out of the sample, with its second score if it had one. */
    void remove(Actor actor, int number, String catalogue, String uid) {
        editing(actor, number, catalogue, (ref, issue) -> {
            if (store.exclude(ref.id(), uid)) {
                changes.record(actor.username(), ref, ChangeLog.Entity.DOUBLE_SCORE, null, ChangeLog.Action.REMOVE,
                        ChangeJson.of("catalogue", catalogue, "event", uid), null);
            }
        });
    }

    /** The second coder's score of a sampled event, within the issue's bound; only the coder the editor named gives it. */
    void score(Actor actor, int number, String catalogue, String uid, List<Integer> scores) {
        transaction.executeWithoutResult(tx -> {
            IssueRef ref = open(number);
            Issue issue = issue(ref, catalogue);
            requireSecondCoder(actor, ref, catalogue);
            event(ref, catalogue, uid);
            if (store.seconds(ref.id(), catalogue).stream().noneMatch(second -> second.uid().equals(uid))) {
                throw new ResponseStatusException(HttpStatus.NOT_FOUND, "event " + uid + " is not in the sample");
            }
            if (scores.size() != EventStore.scoreColumns(catalogue).size() || scores.stream().anyMatch(s -> s == null || !issue.bound().allows(s))) {
                throw new Refused("double.error.score");
            }
            store.score(ref.id(), uid, actor.username(), scores);
            changes.record(actor.username(), ref, ChangeLog.Entity.DOUBLE_SCORE, null, ChangeLog.Action.SECOND_SCORE, null,
                    ChangeJson.of("catalogue", catalogue, "event", uid, "second", signed(scores)));
        });
    }

    /**
     * The editor's score of record for an event whose two scores differ by more than a point, with a reason: the event
     * takes it (the indices use it), and the log keeps both scores and the decision.
     */
    void adjudicate(Actor actor, int number, String catalogue, String uid, List<Integer> record, String reason) {
        editing(actor, number, catalogue, (ref, issue) -> {
            StoredEvent event = event(ref, catalogue, uid);
            Pair pair = pairs(ref.id(), catalogue).stream().filter(p -> p.uid().equals(uid)).findFirst()
                    .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "event " + uid + " has no second score"));
            if (reason == null || reason.isBlank()) {
                throw new Refused("double.error.reason");
            }
            if (reason.strip().length() > 2000) {
                throw new Refused("double.error.reason-length");
            }
            if (record.size() != pair.first().size() || record.stream().anyMatch(s -> s == null || !issue.bound().allows(s))) {
                throw new Refused("double.error.score");
            }
            EventContent was = event.content();
            EventContent now = new EventContent(was.date(), was.description(), was.descriptionRu(), was.sources(), record);
            if (!events.update(ref.id(), catalogue, event.id(), event.version(), now)) {
                throw new ResponseStatusException(HttpStatus.CONFLICT, "the event changed meanwhile");
            }
            store.decide(ref.id(), uid, pair.first(), pair.second(), record, reason.strip(), actor.username());
            changes.record(actor.username(), ref, ChangeLog.Entity.DOUBLE_SCORE, event.id(), ChangeLog.Action.ADJUDICATE,
                    ChangeJson.of("event", uid, "first", signed(pair.first()), "second", signed(pair.second())),
                    ChangeJson.of("event", uid, "record", signed(record), "reason", reason.strip()));
        });
    }

    /** The accounts that may score a catalogue second: analysts not assigned to it, and reviewers. */
    List<String> secondCoders(String catalogue) {
        return accounts.list().stream().filter(actor -> maySecond(actor, catalogue)).map(Actor::username).toList();
    }

    private boolean mayScoreSecond(String username, String catalogue) {
        return accounts.list().stream().anyMatch(actor -> actor.username().equals(username) && maySecond(actor, catalogue));
    }

    static boolean maySecond(Actor actor, String catalogue) {
        return actor.role() == Role.REVIEWER || actor.role() == Role.ANALYST && !actor.assigned(catalogue);
    }

    // ---- reading

    /** One event scored twice: its first score (as it was before any decision), the second, and the decision if any. */
    record Pair(String uid, long eventId, List<Integer> first, List<Integer> second, Optional<DoubleStore.Decision> decision) {

        /** Whether the two scores differ by more than a point in any column. */
        public boolean disagrees() {
            for (int i = 0; i < first.size(); i++) {
                if (Math.abs(first.get(i) - second.get(i)) > TOLERATED) {
                    return true;
                }
            }
            return false;
        }

        public boolean awaitsDecision() {
            return disagrees() && decision.isEmpty();
        }
    }

    /** The scored events of a catalogue's sample that still exist, each with both scores. */
    List<Pair> pairs(long issueRow, String catalogue) {
        Map<String, StoredEvent> byUid = events.catalogue(issueRow, catalogue).stream()
                .collect(Collectors.toMap(StoredEvent::uid, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        Map<String, DoubleStore.Decision> decisions = store.decisions(issueRow).stream()
                .collect(Collectors.toMap(DoubleStore.Decision::uid, Function.identity()));
        List<Pair> pairs = new ArrayList<>();
        for (DoubleStore.Second second : store.seconds(issueRow, catalogue)) {
            StoredEvent event = byUid.get(second.uid());
            if (event == null || !second.scored()) {
                continue;
            }
            Optional<DoubleStore.Decision> decision = Optional.ofNullable(decisions.get(second.uid()));
            List<Integer> first = decision.map(DoubleStore.Decision::first).orElse(event.content().scores());
            pairs.add(new Pair(second.uid(), event.id(), first, second.scores(), decision));
        }
        return pairs;
    }

    /** The sample of a catalogue in the latest revision, if it has one. */
    Optional<DoubleStore.Sample> sample(long issueRow, String catalogue) {
        return store.sample(issueRow, catalogue);
    }

    List<DoubleStore.Second> seconds(long issueRow, String catalogue) {
        return store.seconds(issueRow, catalogue);
    }

    /** The samples whose second coder is this account, in the latest revision of every issue not yet published. */
    List<Assignment> assignments(String username) {
        List<Assignment> out = new ArrayList<>();
        for (var revision : revisions.latest()) {
            if (revision.status() == IssueStatus.PUBLISHED) {
                continue;
            }
            for (DoubleStore.Sample sample : store.samples(revision.row())) {
                if (username.equals(sample.secondCoder())) {
                    List<DoubleStore.Second> seconds = store.seconds(revision.row(), sample.catalogue());
                    out.add(new Assignment(revision.number(), sample.catalogue(), seconds.size(),
                            (int) seconds.stream().filter(DoubleStore.Second::scored).count()));
                }
            }
        }
        return out;
    }

    record Assignment(int number, String catalogue, int events, int scored) {
    }

    /**
     * The reliability of every part of a revision: each relationship's catalogue, and the security catalogue's national
     * and regional scores apart; with the index of record and the index with the second coder's scores where given.
     */
    public List<PartReliability> reliability(long issueRow) {
        Issue issue = issues.find(issueRow).orElseThrow();
        List<PartReliability> parts = new ArrayList<>();
        for (Catalogue catalogue : issue.catalogues()) {
            String code = catalogue.relationship().code();
            parts.add(part(issueRow, code, code, 0));
        }
        parts.add(part(issueRow, EventStore.SECURITY, PartReliability.NATIONAL, 0));
        parts.add(part(issueRow, EventStore.SECURITY, PartReliability.REGIONAL, 1));
        return parts;
    }

    private PartReliability part(long issueRow, String catalogue, String part, int column) {
        List<Pair> pairs = pairs(issueRow, catalogue);
        Agreement agreement = Agreement.of(pairs.stream()
                .map(pair -> new DoubleScore(pair.eventId(), pair.first().get(column), pair.second().get(column))).toList());
        Map<String, Integer> seconds = pairs.stream().collect(Collectors.toMap(Pair::uid, pair -> pair.second().get(column)));
        int ofRecord = 0;
        int withSecond = 0;
        for (StoredEvent event : events.catalogue(issueRow, catalogue)) {
            int score = event.content().scores().get(column);
            ofRecord += score;
            withSecond += seconds.getOrDefault(event.uid(), score);
        }
        return new PartReliability(part, agreement, ofRecord, withSecond);
    }

    // ---- guards

    private interface Change {
        void apply(IssueRef ref, Issue issue);
    }

    /** The editor's change to a catalogue of the latest revision, which must not be published. */
    private void editing(Actor actor, int number, String catalogue, Change change) {
        transaction.executeWithoutResult(tx -> {
            IssueRef ref = open(number);
            if (!actor.isEditor()) {
                throw new AccessDeniedException(actor.username() + " may not change the double scoring of issue No. " + number);
            }
            change.apply(ref, issue(ref, catalogue));
        });
    }

    /** The latest revision, locked; a published one is refused (403), as nobody changes a published issue. */
    private IssueRef open(int number) {
        IssueRef ref = revisions.refForWriting(number)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no issue No. " + number));
        if (ref.status() == IssueStatus.PUBLISHED) {
            throw new AccessDeniedException("issue No. " + number + " is published");
        }
        return ref;
    }

    /** The revision's issue, if it has this catalogue (404 otherwise). */
    Issue issue(IssueRef ref, String catalogue) {
        Issue issue = issues.find(ref.id()).orElseThrow();
        if (!EventStore.SECURITY.equals(catalogue) && issue.catalogue(catalogue).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "issue No. " + ref.number() + " has no catalogue " + catalogue);
        }
        return issue;
    }

    private StoredEvent event(IssueRef ref, String catalogue, String uid) {
        return events.catalogue(ref.id(), catalogue).stream().filter(event -> event.uid().equals(uid)).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no event " + uid + " in " + catalogue));
    }

    /** Only the second coder the editor named scores a sample; everyone else is refused (403). */
    void requireSecondCoder(Actor actor, IssueRef ref, String catalogue) {
        Optional<DoubleStore.Sample> sample = store.sample(ref.id(), catalogue);
        if (sample.isEmpty() || !actor.username().equals(sample.get().secondCoder()) || !maySecond(actor, catalogue)) {
            throw new AccessDeniedException(actor.username() + " is not the second coder of " + catalogue + " in issue No. " + ref.number());
        }
    }

    private static String signed(List<Integer> scores) {
        return scores.stream().map(org.barometer.method.Scores::signed).collect(Collectors.joining(" / "));
    }
}
