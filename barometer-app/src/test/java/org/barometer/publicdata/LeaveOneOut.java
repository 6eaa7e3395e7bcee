package org.barometer.publicdata;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.ToIntFunction;

import org.barometer.Seed;
import org.barometer.Stores;
import org.barometer.TestDatabase;
import org.barometer.importer.IssueImport;
import org.barometer.narrative.Narratives;

/**
 * A measurement, not a test (bench/leave-one-out.sh runs it): for each published event of the sample issue, the
 * suggestions its own description gets from all the others, and how often their median is within one point of the
 * score of record. Beside it, what always suggesting the median of every other event would get.
 */
public final class LeaveOneOut {

    private LeaveOneOut() {
    }

    public static void main(String[] args) {
        try (Stores stores = Stores.on(TestDatabase.H2.fresh(), new Editions(Duration.ZERO), Narratives.class, org.barometer.narrative.Forecasts.class, PublishedData.class)) {
            stores.imports().importText("minsk-barometer-17.txt", Seed.text(), IssueImport.Options.NONE);
            PublishedData published = stores.get(PublishedData.class);
            List<PublishedEvent> events = published.edition().events();
            List<PublishedEvent> relations = events.stream().filter(e -> !e.isSecurity()).toList();
            List<PublishedEvent> security = events.stream().filter(PublishedEvent::isSecurity).toList();
            System.out.printf(Locale.ROOT, "%d published events: %d of relationships, %d security; suggestions of %d, median within 1 point%n",
                    events.size(), relations.size(), security.size(), Suggestions.COUNT);
            System.out.printf(Locale.ROOT, "(%d of them have a Russian description)%n", events.stream().filter(e -> !e.descriptionRu().isBlank()).count());
            System.out.printf(Locale.ROOT, "%-44s %9s %9s %9s %9s%n", "events, described by", "suggested", "within 1", "share", "baseline");
            // as the catalogue form sends them: the English and the Russian description together
            Described both = new Described("English and Russian", e -> e.description() + " " + e.descriptionRu());
            line("relationships, score", published, relations, false, both, PublishedEvent::score, Suggestions::median);
            line("security, national", published, security, true, both, PublishedEvent::national, Suggestions::nationalMedian);
            line("security, regional", published, security, true, both, PublishedEvent::regional, Suggestions::regionalMedian);
        }
    }

    private record Described(String language, Function<PublishedEvent, String> text) {
    }

    private static void line(String what, PublishedData published, List<PublishedEvent> events, boolean security, Described described,
                             ToIntFunction<PublishedEvent> score, Function<Suggestions, Double> median) {
        int suggested = 0;
        int within = 0;
        int baseline = 0;
        for (PublishedEvent event : events) {
            Suggestions found = published.suggestions(described.text().apply(event), security, other -> !other.uid().equals(event.uid()));
            Double suggestedMedian = median.apply(found);
            if (suggestedMedian != null) {
                suggested++;
                if (Math.abs(suggestedMedian - score.applyAsInt(event)) <= 1) {
                    within++;
                }
            }
            Double everyOther = Suggestions.median(events.stream().filter(other -> other != event).mapToInt(score).sorted().toArray());
            if (Math.abs(everyOther - score.applyAsInt(event)) <= 1) {
                baseline++;
            }
        }
        System.out.printf(Locale.ROOT, "%-44s %9s %9d %8.1f%% %8.1f%%%n", what + " (" + described.language() + ")", suggested + "/" + events.size(),
                within, 100.0 * within / events.size(), 100.0 * baseline / events.size());
    }
}
