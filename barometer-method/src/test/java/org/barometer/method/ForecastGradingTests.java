package org.barometer.method;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.barometer.method.ForecastIssues.NO_17;
import static org.barometer.method.ForecastIssues.NO_18;
import static org.barometer.method.ForecastIssues.graded;
import static org.barometer.method.ForecastIssues.next;
import static org.barometer.method.ForecastIssues.no18With;
import static org.barometer.method.ForecastStatement.Comparison.ABOVE;
import static org.barometer.method.ForecastStatement.Comparison.BELOW;
import static org.barometer.method.ForecastStatement.Comparison.BETWEEN;
import static org.barometer.method.ForecastStatement.Comparison.CHANGES_SIGN;
import static org.barometer.method.ForecastStatement.Comparison.STAYS_IN;

import java.util.List;

import org.barometer.method.ForecastGrade.Verdict;
import org.barometer.method.ForecastReason.Colour;
import org.barometer.method.ForecastReason.FigureOf;
import org.junit.jupiter.api.Test;

/**
 * Every figure graded against is worked out by hand in {@link ForecastIssues}. Each reason is checked twice: as the key
 * and arguments every language says it from, and as the sentence in English.
 */
class ForecastGradingTests {

    private static final Relationship RUSSIA = new Relationship("russia", "Russia");
    private static final Relationship EU = new Relationship("eu", "the EU");

    @Test
    void aboveIsStrict() {
        // Russia's aggregate in No. 18 is -4: -4 > -5 is true, -4 > -4 is not
        assertThat(graded(next("russia", Figure.AGGREGATE, ABOVE, List.of(-5), null, null)))
                .returns(Verdict.TRUE, ForecastGrade::verdict)
                .returns(reason("forecast.reason.above", russiasAggregateIs(-4), "-5"), ForecastGrade::why)
                .returns("Russia's aggregate index in issue 18 is -4, above -5", ForecastGrade::reason);
        assertThat(graded(next("russia", Figure.AGGREGATE, ABOVE, List.of(-4), null, null)))
                .returns(Verdict.FALSE, ForecastGrade::verdict)
                .returns(reason("forecast.reason.not-above", russiasAggregateIs(-4), "-4"), ForecastGrade::why)
                .returns("Russia's aggregate index in issue 18 is -4, not above -4", ForecastGrade::reason);
    }

    @Test
    void belowIsStrict() {
        // Russia's negative points in No. 18: -2 - 3 = -5; -5 < -4 is true, -5 < -5 is not
        ForecastReason negativePoints = reason("forecast.reason.are", new FigureOf(Figure.NEGATIVE, RUSSIA), 18, "-5");
        assertThat(graded(next("russia", Figure.NEGATIVE, BELOW, List.of(-4), null, null)))
                .returns(Verdict.TRUE, ForecastGrade::verdict)
                .returns(reason("forecast.reason.below", negativePoints, "-4"), ForecastGrade::why)
                .returns("Russia's negative points in issue 18 are -5, below -4", ForecastGrade::reason);
        assertThat(graded(next("russia", Figure.NEGATIVE, BELOW, List.of(-5), null, null)))
                .returns(Verdict.FALSE, ForecastGrade::verdict)
                .returns(reason("forecast.reason.not-below", negativePoints, "-5"), ForecastGrade::why)
                .returns("Russia's negative points in issue 18 are -5, not below -5", ForecastGrade::reason);
    }

    @Test
    void betweenIncludesBothThresholds() {
        // Russia's positive points in No. 18 are +1: in +1..+3 (its lower end), not in +2..+3
        assertThat(graded(next("russia", Figure.POSITIVE, BETWEEN, List.of(1, 3), null, null)))
                .returns(Verdict.TRUE, ForecastGrade::verdict)
                .returns(reason("forecast.reason.between", positivePointsAre(1), "+1", "+3"), ForecastGrade::why)
                .returns("Russia's positive points in issue 18 are +1, between +1 and +3", ForecastGrade::reason);
        assertThat(graded(next("russia", Figure.POSITIVE, BETWEEN, List.of(2, 3), null, null)))
                .returns(Verdict.FALSE, ForecastGrade::verdict)
                .returns(reason("forecast.reason.not-between", positivePointsAre(1), "+2", "+3"), ForecastGrade::why)
                .returns("Russia's positive points in issue 18 are +1, not between +2 and +3", ForecastGrade::reason);
        // national security in No. 18: -2 - 1 = -3, the upper end of -6..-3
        assertThat(graded(next("security", Figure.NATIONAL, BETWEEN, List.of(-6, -3), null, null)))
                .returns(Verdict.TRUE, ForecastGrade::verdict)
                .returns(reason("forecast.reason.between", reason("forecast.reason.is", new FigureOf(Figure.NATIONAL, null), 18, "-3"), "-6", "-3"),
                        ForecastGrade::why)
                .returns("national security in issue 18 is -3, between -6 and -3", ForecastGrade::reason);
    }

    @Test
    void aChangeOfSignComparesWithTheIssueTheForecastWasMadeIn() {
        // Russia's aggregate: +4 in No. 17, -4 in No. 18
        assertThat(graded(next("russia", Figure.AGGREGATE, CHANGES_SIGN, List.of(), null, null)))
                .returns(Verdict.TRUE, ForecastGrade::verdict)
                .returns(reason("forecast.reason.sign", new FigureOf(Figure.AGGREGATE, RUSSIA), "+4", 17, "-4", 18), ForecastGrade::why)
                .returns("Russia's aggregate index was +4 in issue 17 and is -4 in issue 18", ForecastGrade::reason);
        // national security: +1 in No. 17, -3 in No. 18
        assertThat(graded(next("security", Figure.NATIONAL, CHANGES_SIGN, List.of(), null, null)))
                .returns(Verdict.TRUE, ForecastGrade::verdict)
                .returns(reason("forecast.reason.sign", new FigureOf(Figure.NATIONAL, null), "+1", 17, "-3", 18), ForecastGrade::why)
                .returns("national security was +1 in issue 17 and is -3 in issue 18", ForecastGrade::reason);
        // regional tension: -8 in No. 17, -2 in No. 18: smaller, same sign
        assertThat(graded(next("security", Figure.REGIONAL, CHANGES_SIGN, List.of(), null, null)).verdict()).isEqualTo(Verdict.FALSE);
    }

    @Test
    void aFigureThatWasZeroHadNoSignToChange() {
        // Ukraine's aggregate in No. 17: +1 - 1 = 0
        assertThat(graded(next("ukraine", Figure.AGGREGATE, CHANGES_SIGN, List.of(), null, 0.6)))
                .returns(Verdict.UNGRADEABLE, ForecastGrade::verdict)
                .returns(reason("forecast.reason.was-zero", new FigureOf(Figure.AGGREGATE, new Relationship("ukraine", "Ukraine")), 17),
                        ForecastGrade::why)
                .returns("Ukraine's aggregate index was 0 in issue 17: 0 has no sign to change", ForecastGrade::reason);
    }

    @Test
    void aFigureThatBecomesZeroHasNotChangedSign() {
        // Russia's aggregate: +4 in No. 17, +2 - 2 = 0 in this No. 18: it lost its sign without taking the other one
        assertThat(next("russia", Figure.AGGREGATE, CHANGES_SIGN, List.of(), null, null).grade(NO_17, no18With("Russia", 2, -2)))
                .returns(Verdict.FALSE, ForecastGrade::verdict)
                .returns("Russia's aggregate index was +4 in issue 17 and is 0 in issue 18", ForecastGrade::reason);
    }

    @Test
    void regionalTensionsColourIsGradedOnTheScaleOfTheIssueItIsAbout() {
        // regional tension in No. 18: -1 - 1 = -2, Green (-6..-2)
        ForecastReason isGreen = reason("forecast.reason.is", new FigureOf(Figure.LEVEL, null), 18, new Colour("Green"));
        assertThat(graded(next("security", Figure.LEVEL, STAYS_IN, List.of(), "green", null)))
                .returns(Verdict.TRUE, ForecastGrade::verdict)
                .returns(isGreen, ForecastGrade::why)
                .returns("regional tension's colour in issue 18 is Green", ForecastGrade::reason);
        assertThat(graded(next("security", Figure.LEVEL, STAYS_IN, List.of(), "Yellow", null)))
                .returns(Verdict.FALSE, ForecastGrade::verdict)
                .returns(reason("forecast.reason.not-colour", isGreen, new Colour("Yellow")), ForecastGrade::why)
                .returns("regional tension's colour in issue 18 is Green, not Yellow", ForecastGrade::reason);
        assertThat(graded(next("security", Figure.LEVEL, STAYS_IN, List.of(), "Purple", null)))
                .returns(Verdict.UNGRADEABLE, ForecastGrade::verdict)
                .returns(reason("forecast.reason.no-colour", 18, new Colour("Purple")), ForecastGrade::why)
                .returns("issue 18's colour scale has no colour Purple", ForecastGrade::reason);
    }

    @Test
    void aRelationshipTheIssueDoesNotCoverIsUngradeableNotFalse() {
        // No. 18 has no catalogue for China, and an empty one for the EU
        assertThat(graded(next("china", Figure.AGGREGATE, ABOVE, List.of(0), null, 0.9)))
                .returns(Verdict.UNGRADEABLE, ForecastGrade::verdict)
                .returns(reason("forecast.reason.not-covered", new Relationship("china", "China"), 18), ForecastGrade::why)
                .returns("China is not covered by issue 18", ForecastGrade::reason);
        assertThat(graded(next("eu", Figure.POSITIVE, BELOW, List.of(100), null, null)))
                .returns(Verdict.UNGRADEABLE, ForecastGrade::verdict)
                .returns(reason("forecast.reason.not-covered", EU, 18), ForecastGrade::why)
                .returns("the EU is not covered by issue 18", ForecastGrade::reason);
    }

    @Test
    void securityFiguresOfAnIssueWithoutSecurityEventsAreUngradeable() {
        Issue noSecurity = new Issue(18, NO_18.period(), "No. 18", IssueStatus.PUBLISHED, null, null, NO_18.catalogues(), null, List.of());

        // an empty security catalogue would compute to 0 and White; neither is a figure the issue has
        assertThat(next("security", Figure.LEVEL, STAYS_IN, List.of(), "White", null).grade(NO_17, noSecurity))
                .returns(Verdict.UNGRADEABLE, ForecastGrade::verdict)
                .returns(reason("forecast.reason.not-covered.security", 18), ForecastGrade::why)
                .returns("the security barometer is not covered by issue 18", ForecastGrade::reason);
        assertThat(next("security", Figure.REGIONAL, ABOVE, List.of(-5), null, null).grade(NO_17, noSecurity).verdict())
                .isEqualTo(Verdict.UNGRADEABLE);
    }

    @Test
    void aChangeOfSignFromAnIssueThatDidNotCoverTheRelationshipIsUngradeable() {
        // No. 17 has no catalogue for the EU; this No. 18 scores it +1
        assertThat(next("eu", Figure.AGGREGATE, CHANGES_SIGN, List.of(), null, null).grade(NO_17, no18With("the EU", 1)))
                .returns(Verdict.UNGRADEABLE, ForecastGrade::verdict)
                .returns(reason("forecast.reason.no-sign", reason("forecast.reason.not-covered", EU, 17)), ForecastGrade::why)
                .returns("the EU is not covered by issue 17: there is no sign to change", ForecastGrade::reason);
    }

    @Test
    void aChangeOfSignFromAnIssueWithoutSecurityEventsIsUngradeable() {
        Issue noSecurity = new Issue(17, NO_17.period(), "No. 17", IssueStatus.PUBLISHED, null, null, NO_17.catalogues(), null, List.of());

        assertThat(next("security", Figure.REGIONAL, CHANGES_SIGN, List.of(), null, null).grade(noSecurity, NO_18))
                .returns(Verdict.UNGRADEABLE, ForecastGrade::verdict)
                .returns(reason("forecast.reason.no-sign", reason("forecast.reason.not-covered.security", 17)), ForecastGrade::why)
                .returns("the security barometer is not covered by issue 17: there is no sign to change", ForecastGrade::reason);
    }

    @Test
    void aReasonIsOneTheMethodGivesAndNamesItsRelationshipByCode() {
        assertThatThrownBy(() -> reason("forecast.reason.guessed", 18)).hasMessage("\"forecast.reason.guessed\" is not a reason the method gives");
        assertThatThrownBy(() -> new FigureOf(Figure.TOTAL, RUSSIA)).hasMessage("a forecast names the aggregate index, not the Total row");
        // the subject is the relationship itself, code and all, so that a page can name it in its own language
        assertThat(graded(next("eu", Figure.AGGREGATE, ABOVE, List.of(0), null, null)).why().args()).first().isEqualTo(EU);
    }

    @Test
    void gradesOnlyWhenTheIssueItIsAboutIsPublished() {
        ForecastStatement statement = next("russia", Figure.AGGREGATE, ABOVE, List.of(0), null, null);

        assertThatThrownBy(() -> statement.grade(NO_17, NO_18.withStatus(IssueStatus.IN_REVIEW)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("issue 18 is not published: its forecasts are graded when it is");
    }

    @Test
    void gradesAgainstTheIssuesTheStatementNamesOnly() {
        ForecastStatement aboutNineteen = new ForecastStatement(17, 19, "russia", Figure.AGGREGATE, ABOVE, List.of(0), null, null);

        assertThatThrownBy(() -> aboutNineteen.grade(NO_17, NO_18))
                .hasMessage("a statement made in issue 17 about issue 19 is graded with those issues, not 17 and 18");
    }

    @Test
    void gradesFromTheComputedFiguresNotFromThoseTheIssueStated() {
        // No. 18 states Russia's aggregate as +2, which its catalogue (-4) does not add up to
        Issue statedOtherwise = new Issue(18, NO_18.period(), "No. 18", IssueStatus.PUBLISHED, null, null, NO_18.catalogues(),
                NO_18.security(), List.of(new StatedFigure("russia", Figure.AGGREGATE, "+2")));

        assertThat(next("russia", Figure.AGGREGATE, ABOVE, List.of(0), null, null).grade(NO_17, statedOtherwise).verdict())
                .isEqualTo(Verdict.FALSE);
    }

    private static ForecastReason reason(String key, Object... args) {
        return new ForecastReason(key, List.of(args));
    }

    private static ForecastReason russiasAggregateIs(int value) {
        return reason("forecast.reason.is", new FigureOf(Figure.AGGREGATE, RUSSIA), 18, Scores.signed(value));
    }

    private static ForecastReason positivePointsAre(int value) {
        return reason("forecast.reason.are", new FigureOf(Figure.POSITIVE, RUSSIA), 18, Scores.signed(value));
    }
}
