package org.barometer.method;

import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Two published issues to grade forecasts against; each figure is worked out by hand beside its catalogue. */
final class ForecastIssues {

    private static final Period SEPT_OCT = Period.of("2020-09", "2020-10");
    private static final Period NOV_DEC = Period.of("2020-11", "2020-12");

    /**
     * No. 17: Russia +3 +2 0 -1: aggregate +4, positive +5, negative -1. Ukraine +1 -1: aggregate 0.
     * Security: national -1 + 0 + 2 = +1; regional -3 - 3 - 2 = -8, Yellow (-12..-7).
     */
    static final Issue NO_17 = new Issue(17, SEPT_OCT, "No. 17", IssueStatus.PUBLISHED, null, null, List.of(
            catalogue("Russia", SEPT_OCT, 3, 2, 0, -1),
            catalogue("Ukraine", SEPT_OCT, 1, -1),
            catalogue("China", SEPT_OCT, 2)),
            security(SEPT_OCT, new int[] {-1, -3}, new int[] {0, -3}, new int[] {2, -2}), List.of());

    /**
     * No. 18: Russia -2 -3 +1: aggregate -4, positive +1, negative -5. Ukraine +2. China has no catalogue; the EU's is
     * empty (neither is covered). Security: national -2 - 1 = -3; regional -1 - 1 = -2, Green (-6..-2).
     */
    static final Issue NO_18 = new Issue(18, NOV_DEC, "No. 18", IssueStatus.PUBLISHED, null, null, List.of(
            catalogue("Russia", NOV_DEC, -2, -3, 1),
            catalogue("Ukraine", NOV_DEC, 2),
            catalogue("the EU", NOV_DEC)),
            security(NOV_DEC, new int[] {-2, -1}, new int[] {-1, -1}), List.of());

    private ForecastIssues() {
    }

    static ForecastStatement next(String subject, Figure figure, ForecastStatement.Comparison comparison, List<Integer> thresholds,
                                  String colour, Double probability) {
        return ForecastStatement.aboutNext(17, subject, figure, comparison, thresholds, colour, probability);
    }

    /** No. 18 with one relationship only, scored as given, and its security catalogue. */
    static Issue no18With(String relationship, int... scores) {
        return new Issue(18, NOV_DEC, "No. 18", IssueStatus.PUBLISHED, null, null, List.of(catalogue(relationship, NOV_DEC, scores)),
                NO_18.security(), List.of());
    }

    static ForecastGrade graded(ForecastStatement statement) {
        return statement.grade(NO_17, NO_18);
    }

    private static Catalogue catalogue(String name, Period period, int... scores) {
        List<Event> events = Arrays.stream(scores).mapToObj(score -> new Event(firstMonth(period), "an event", score)).toList();
        return new Catalogue(Relationship.named(name), events);
    }

    private static SecurityCatalogue security(Period period, int[]... scores) {
        return new SecurityCatalogue(Arrays.stream(scores)
                .map(pair -> new SecurityEvent(firstMonth(period), "a security event", pair[0], pair[1]))
                .toList());
    }

    private static DateExpression firstMonth(Period period) {
        return DateExpression.parse(period.first().getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH), period);
    }
}
