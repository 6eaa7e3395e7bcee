package org.barometer.findings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.barometer.issue.EventStore;
import org.barometer.issue.StoredEvent;
import org.barometer.method.Catalogue;
import org.barometer.method.DateExpression;
import org.barometer.method.Finding;
import org.barometer.method.Issue;
import org.barometer.method.LikelyDuplicate;
import org.barometer.method.NarrativeParts;
import org.barometer.method.Scores;
import org.barometer.method.StatedFigure;
import org.barometer.method.StatedFigureMismatch;
import org.barometer.narrative.IssueNarrative;
import org.barometer.narrative.Narratives;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * Every check of a revision as it is stored now, without acknowledgements: stated figures that differ, dates outside
 * the period, scores outside the bound, likely duplicates among stored events, empty catalogues, parts not ready,
 * narrative texts missing in a language, and no author. Keys are made of codes and row ids, so they fit an HTML id.
 */
final class FindingChecks {

    private FindingChecks() {
    }

    static List<IssueFinding> of(Issue issue, List<StoredEvent> stored, IssueNarrative texts, boolean authors, List<String> notReady) {
        Map<String, List<StoredEvent>> catalogues = new LinkedHashMap<>();
        issue.catalogues().forEach(catalogue -> catalogues.put(catalogue.relationship().code(), new ArrayList<>()));
        catalogues.put(EventStore.SECURITY, new ArrayList<>());
        stored.forEach(event -> catalogues.computeIfAbsent(event.catalogue(), code -> new ArrayList<>()).add(event));

        List<IssueFinding> found = new ArrayList<>();
        for (Finding finding : issue.findings()) {
            if (finding instanceof StatedFigureMismatch m) {
                found.add(finding("mismatch-" + m.subject() + "-" + m.figure().key(), m.subject(), "mismatch", name(issue, m.subject()),
                        message("catalogue.figure." + m.figure().key()), m.stated(), m.computed()));
            }
        }
        catalogues.forEach((code, events) -> {
            Object name = name(issue, code);
            List<String> columns = EventStore.scoreColumns(code);
            for (StoredEvent event : events) {
                if (!issue.period().covers(event.content().date())) {
                    found.add(finding("date-" + code + "-" + event.id(), code, "date-outside-period", name, event.content().date().written(),
                            issue.period().toString(), description(event)));
                }
                for (int i = 0; i < columns.size(); i++) {
                    int score = event.content().scores().get(i);
                    if (!issue.bound().allows(score)) {
                        found.add(finding("score-" + code + "-" + event.id() + "-" + columns.get(i), code, "score-out-of-bound", name,
                                message("catalogue.field." + columns.get(i)), Scores.signed(score), issue.bound().toString(), description(event)));
                    }
                }
            }
            // only events of the same days can be duplicates: compare within those, not every pair of a long catalogue
            Map<List<LocalDate>, List<Integer>> sameDays = new HashMap<>();
            for (int i = 0; i < events.size(); i++) {
                DateExpression date = events.get(i).content().date();
                sameDays.computeIfAbsent(List.of(date.start(), date.end()), days -> new ArrayList<>()).add(i);
            }
            List<int[]> pairs = new ArrayList<>();
            for (List<Integer> group : sameDays.values()) {
                List<LikelyDuplicate.Words> words = group.stream().map(i -> LikelyDuplicate.Words.of(described(events.get(i)))).toList();
                for (int i = 0; i < group.size(); i++) {
                    for (int j = i + 1; j < group.size(); j++) {
                        if (LikelyDuplicate.alike(words.get(i), words.get(j))) {
                            pairs.add(new int[] {group.get(i), group.get(j)});
                        }
                    }
                }
            }
            pairs.sort(Comparator.<int[]>comparingInt(pair -> pair[0]).thenComparingInt(pair -> pair[1]));
            for (int[] pair : pairs) {
                StoredEvent one = events.get(pair[0]);
                StoredEvent other = events.get(pair[1]);
                found.add(finding("duplicate-" + code + "-" + one.id() + "-" + other.id(), code, "duplicate", name,
                        one.content().date().written(), description(one), other.content().date().written(), description(other)));
            }
        });
        for (Catalogue catalogue : issue.catalogues()) {
            String code = catalogue.relationship().code();
            if (catalogues.get(code).isEmpty()) {
                found.add(new IssueFinding("empty-" + code, code, "empty-catalogue", "findings.empty-catalogue", List.of(name(issue, code)), null, true));
            }
        }
        if (catalogues.get(EventStore.SECURITY).isEmpty()) {
            found.add(finding("empty-" + EventStore.SECURITY, EventStore.SECURITY, "empty-catalogue", name(issue, EventStore.SECURITY)));
        }
        for (String part : notReady) {
            found.add(finding("not-ready-" + part, part, "part-not-ready", name(issue, part)));
        }
        for (String subject : Narratives.subjects(issue)) {
            for (String part : NarrativeParts.of(subject)) {
                boolean english = !texts.markdown(subject, part, "en").isBlank();
                boolean russian = !texts.markdown(subject, part, "ru").isBlank();
                // the cover's title in a language is written only where it differs from the issue's own title
                boolean optional = subject.equals(NarrativeParts.COVER) && part.equals("title");
                if ((!english || !russian) && !(optional && !english && !russian)) {
                    String missing = !english && !russian ? "both" : english ? "ru" : "en";
                    found.add(finding("narrative-" + subject + "-" + part, subject, "narrative-missing." + missing, name(issue, subject),
                            message("narrative.part." + part)));
                }
            }
        }
        if (!authors) {
            found.add(finding("authors", "", "authors-missing"));
        }
        return List.copyOf(found);
    }

    /** The kind is the message's key too, under "findings.". */
    private static IssueFinding finding(String key, String subject, String kind, Object... args) {
        String stored = kind.startsWith("narrative-missing") ? "narrative-missing" : kind;
        return new IssueFinding(key, subject, stored, "findings." + kind, List.of(args), null, false);
    }

    /** A relationship by its heading; the security catalogue and the other parts of the issue by their names in the page's language. */
    private static Object name(Issue issue, String subject) {
        return issue.catalogues().stream().map(Catalogue::relationship).filter(r -> r.code().equals(subject)).findFirst()
                .<Object>map(r -> r.name())
                .orElseGet(() -> new DefaultMessageSourceResolvable(new String[] {"findings.subject." + subject, "narrative.subject." + subject},
                        subject.equals(StatedFigure.SECURITY) ? "security" : subject));
    }

    private static MessageSourceResolvable message(String key) {
        return new DefaultMessageSourceResolvable(key);
    }

    private static String description(StoredEvent event) {
        return event.content().description().isEmpty() ? event.content().descriptionRu() : event.content().description();
    }

    private static LikelyDuplicate.Described described(StoredEvent event) {
        return new LikelyDuplicate.Described(event.content().date().written(), event.content().date(), event.content().description(),
                event.content().descriptionRu());
    }
}
