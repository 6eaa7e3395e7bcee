package org.barometer.publicdata;

import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * The event search, over the events of an edition in memory: every criterion the query gives must hold. Text is
 * matched by its words through the edition's {@link EventIndex}: every word, in any of its forms, in the English
 * description, or every word in the Russian one; text with no searchable word (stop words, signs) is matched as it
 * stands, ignoring case. A security event is within the score range when
 * either of its scores is; an event is within the date range when its own dates overlap it.
 */
final class EventSearch {

    private EventSearch() {
    }

    static Page<PublishedEvent> find(List<PublishedEvent> events, EventIndex index, EventQuery query) {
        BitSet words = query.q() == null ? null : index.matching(query.q());
        String text = query.q() == null || words != null ? null : query.q().toLowerCase(Locale.ROOT);
        List<PublishedEvent> found = IntStream.range(0, events.size())
                .filter(at -> (words == null || words.get(at)) && matches(events.get(at), query, text))
                .mapToObj(events::get).toList();
        int from = (int) Math.min(query.offset(), found.size());
        return new Page<>(found.subList(from, Math.min(from + query.size(), found.size())), query.page(), query.size(), found.size());
    }

    private static boolean matches(PublishedEvent event, EventQuery query, String text) {
        return (query.relationship() == null || query.relationship().equals(event.relationship()))
                && (text == null || event.description().toLowerCase(Locale.ROOT).contains(text)
                        || event.descriptionRu().toLowerCase(Locale.ROOT).contains(text))
                && (query.from() == null || !event.end().isBefore(query.from()))
                && (query.to() == null || !event.start().isAfter(query.to()))
                && (event.isSecurity() ? within(event.national(), query) || within(event.regional(), query) : within(event.score(), query));
    }

    private static boolean within(int score, EventQuery query) {
        return (query.minScore() == null || score >= query.minScore()) && (query.maxScore() == null || score <= query.maxScore());
    }
}
