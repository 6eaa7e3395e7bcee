package org.barometer.method;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class IssueCheckTests {

    private static final Period PERIOD = Period.of("2020-09", "2020-10");
    private static final Relationship RUSSIA = Relationship.named("Russia");
    private static final String SECURITY = StatedFigure.SECURITY;

    /** Russia: +3 +2 0 -1, so aggregate +4, positive +5, negative -1. */
    private static final Catalogue RUSSIA_CATALOGUE = new Catalogue(RUSSIA, List.of(
            event("3 September", "Trade agreement on grain transit signed", 3),
            event("14–20 September", "Joint committee meets on energy prices", 2),
            event("October", "Cultural week held in both capitals", 0),
            event("Late October", "Customs dispute over dairy imports", -1)));

    /** Security: national -1 +0 +2 = +1, regional -3 -3 -2 = -8 (Yellow). */
    private static final SecurityCatalogue SECURITY_CATALOGUE = new SecurityCatalogue(List.of(
            new SecurityEvent(date("Early September"), "Exercise near the western border", -1, -3),
            new SecurityEvent(date("22-29 September"), "Air patrols increased over the region", 0, -3),
            new SecurityEvent(date("1 October"), "Arms control talks resume", 2, -2)));

    @Test
    void reportsStatedAggregateThatDiffers() {
        Issue issue = issue(List.of(RUSSIA_CATALOGUE), SECURITY_CATALOGUE, List.of(stated("russia", Figure.AGGREGATE, "+5")));

        assertThat(issue.findings()).containsExactly(new StatedFigureMismatch("russia", "Russia", Figure.AGGREGATE, "+5", "+4"));
    }

    @Test
    void describesAMismatchInOneSentence() {
        Issue issue = issue(List.of(RUSSIA_CATALOGUE), SECURITY_CATALOGUE, List.of(stated("russia", Figure.AGGREGATE, "+5")));

        Finding finding = issue.findings().get(0);
        assertThat(finding.kind()).isEqualTo("mismatch");
        assertThat(finding.subject()).isEqualTo("russia");
        assertThat(finding.name()).isEqualTo("Russia");
        assertThat(finding.message()).isEqualTo("Russia: aggregate stated +5, catalogue gives +4");
    }

    @Test
    void matchesAStatedFigureToItsCatalogueByCodeWhateverTheHeadingSays() {
        Catalogue renamed = new Catalogue(new Relationship("russia", "the Russian Federation"), RUSSIA_CATALOGUE.events());
        Issue issue = issue(List.of(renamed), SECURITY_CATALOGUE, List.of(stated("russia", Figure.AGGREGATE, "+5")));

        assertThat(issue.findings()).containsExactly(
                new StatedFigureMismatch("russia", "the Russian Federation", Figure.AGGREGATE, "+5", "+4"));
        assertThat(issue.findings().get(0).message()).isEqualTo("the Russian Federation: aggregate stated +5, catalogue gives +4");
    }

    @Test
    void reportsNothingWhenStatedFiguresAgree() {
        Issue issue = issue(List.of(RUSSIA_CATALOGUE), SECURITY_CATALOGUE, List.of(
                stated("russia", Figure.AGGREGATE, "+4"),
                stated("russia", Figure.POSITIVE, "+5"),
                stated("russia", Figure.NEGATIVE, "−1"),
                stated("russia", Figure.TOTAL, "4"),
                stated(SECURITY, Figure.NATIONAL, "+1"),
                stated(SECURITY, Figure.REGIONAL, "-8"),
                stated(SECURITY, Figure.LEVEL, "Yellow")));

        assertThat(issue.findings()).isEmpty();
    }

    @Test
    void comparesStatedTotalWithTheAggregate() {
        Issue issue = issue(List.of(RUSSIA_CATALOGUE), SecurityCatalogue.EMPTY, List.of(
                stated("russia", Figure.TOTAL, "+5"),
                stated("russia", Figure.POSITIVE, "+4")));

        assertThat(issue.findings()).containsExactly(
                new StatedFigureMismatch("russia", "Russia", Figure.TOTAL, "+5", "+4"),
                new StatedFigureMismatch("russia", "Russia", Figure.POSITIVE, "+4", "+5"));
    }

    @Test
    void reportsStatedPositiveAndNegativePointsThatDiffer() {
        Issue issue = issue(List.of(RUSSIA_CATALOGUE), SecurityCatalogue.EMPTY, List.of(
                stated("russia", Figure.POSITIVE, "+6"),
                stated("russia", Figure.NEGATIVE, "-2")));

        assertThat(issue.findings()).containsExactly(
                new StatedFigureMismatch("russia", "Russia", Figure.POSITIVE, "+6", "+5"),
                new StatedFigureMismatch("russia", "Russia", Figure.NEGATIVE, "-2", "-1"));
    }

    @Test
    void reportsSecurityTotalsAndLevelThatDiffer() {
        Issue issue = issue(List.of(), SECURITY_CATALOGUE, List.of(
                stated(SECURITY, Figure.NATIONAL, "-1"),
                stated(SECURITY, Figure.REGIONAL, "-7"),
                stated(SECURITY, Figure.LEVEL, "Green")));

        assertThat(issue.findings()).containsExactly(
                new StatedFigureMismatch(SECURITY, SECURITY, Figure.NATIONAL, "-1", "+1"),
                new StatedFigureMismatch(SECURITY, SECURITY, Figure.REGIONAL, "-7", "-8"),
                new StatedFigureMismatch(SECURITY, SECURITY, Figure.LEVEL, "Green", "Yellow"));
    }

    @Test
    void comparesStatedLevelInAnyLetterCase() {
        Issue issue = issue(List.of(), SECURITY_CATALOGUE, List.of(
                stated(SECURITY, Figure.LEVEL, "yellow"),
                stated(SECURITY, Figure.LEVEL, " YELLOW ")));

        assertThat(issue.findings()).isEmpty();
    }

    @Test
    void takesTheLevelFromTheIssuesOwnScale() {
        ColourScale scale = new ColourScale(List.of(
                new ColourBand("Quiet", -10, null, ""),
                new ColourBand("Alarm", null, -11, "")));
        Issue issue = new Issue(17, PERIOD, "No. 17", IssueStatus.DRAFT, null, scale, List.of(), SECURITY_CATALOGUE,
                List.of(stated(SECURITY, Figure.LEVEL, "Yellow")));

        assertThat(issue.findings()).containsExactly(new StatedFigureMismatch(SECURITY, SECURITY, Figure.LEVEL, "Yellow", "Quiet"));
    }

    @Test
    void reportsStatedFigureForRelationshipWithoutCatalogue() {
        Issue issue = issue(List.of(RUSSIA_CATALOGUE), SecurityCatalogue.EMPTY, List.of(stated("us", Figure.AGGREGATE, "+2")));

        assertThat(issue.findings()).singleElement()
                .isInstanceOfSatisfying(StatedFigureMismatch.class, mismatch -> {
                    assertThat(mismatch.subject()).isEqualTo("us");
                    assertThat(mismatch.figure()).isEqualTo(Figure.AGGREGATE);
                    assertThat(mismatch.stated()).isEqualTo("+2");
                    assertThat(mismatch.computed()).isEqualTo("no catalogue");
                });
    }

    @Test
    void reportsStatedZeroForRelationshipWithoutCatalogue() {
        Issue issue = issue(List.of(), SecurityCatalogue.EMPTY, List.of(stated("ukraine", Figure.TOTAL, "0")));

        assertThat(issue.findings()).containsExactly(new StatedFigureMismatch("ukraine", "ukraine", Figure.TOTAL, "0", "no catalogue"));
    }

    @Test
    void reportsEventDatedOutsideThePeriod() {
        Catalogue catalogue = new Catalogue(RUSSIA, List.of(
                event("Late August", "Visit announced for the autumn", 1),
                event("1 September", "Visit takes place", 2)));
        Issue issue = issue(List.of(catalogue), SecurityCatalogue.EMPTY, List.of());

        assertThat(issue.findings()).containsExactly(
                new DateOutsidePeriod("russia", "Russia", "Late August", "Visit announced for the autumn", PERIOD));
        assertThat(issue.findings().get(0).kind()).isEqualTo("date-outside-period");
        assertThat(issue.findings().get(0).message()).contains("\"Late August\"").contains(PERIOD.toString());
    }

    @Test
    void reportsEventDatedPartlyOutsideThePeriod() {
        Catalogue catalogue = new Catalogue(RUSSIA, List.of(event("30 October – 2 November", "Trade fair", 1)));
        Issue issue = issue(List.of(catalogue), SecurityCatalogue.EMPTY, List.of());

        assertThat(issue.findings()).containsExactly(
                new DateOutsidePeriod("russia", "Russia", "30 October – 2 November", "Trade fair", PERIOD));
    }

    @Test
    void reportsSecurityEventDatedInAnotherYear() {
        SecurityCatalogue security = new SecurityCatalogue(List.of(
                new SecurityEvent(date("1 September 2019"), "Exercise of the previous year", 0, -1)));
        Issue issue = issue(List.of(), security, List.of());

        assertThat(issue.findings()).containsExactly(
                new DateOutsidePeriod(SECURITY, SECURITY, "1 September 2019", "Exercise of the previous year", PERIOD));
    }

    @Test
    void reportsRelationshipScoreOutOfBound() {
        Catalogue catalogue = new Catalogue(RUSSIA, List.of(
                event("2 September", "Treaty ratified", 4),
                event("3 September", "Embassy staff expelled", -3)));
        Issue issue = issue(List.of(catalogue), SecurityCatalogue.EMPTY, List.of());

        assertThat(issue.findings()).containsExactly(
                new ScoreOutOfBound("russia", "Russia", "score", 4, ScoreBound.DEFAULT, "Treaty ratified"));
        assertThat(issue.findings().get(0).message()).isEqualTo("Russia: score +4 is outside -3..+3 (Treaty ratified)");
    }

    @Test
    void reportsEachSecurityColumnOutOfBound() {
        SecurityCatalogue security = new SecurityCatalogue(List.of(
                new SecurityEvent(date("5 October"), "Large-scale manoeuvres", -5, 4)));
        Issue issue = issue(List.of(), security, List.of());

        assertThat(issue.findings()).containsExactly(
                new ScoreOutOfBound(SECURITY, SECURITY, "national", -5, ScoreBound.DEFAULT, "Large-scale manoeuvres"),
                new ScoreOutOfBound(SECURITY, SECURITY, "regional", 4, ScoreBound.DEFAULT, "Large-scale manoeuvres"));
    }

    @Test
    void checksScoresAgainstTheIssuesOwnBound() {
        Catalogue catalogue = new Catalogue(RUSSIA, List.of(event("2 September", "Treaty ratified", 4)));
        Issue issue = new Issue(17, PERIOD, "", IssueStatus.DRAFT, new ScoreBound(-5, 5), null, List.of(catalogue), null, List.of());

        assertThat(issue.findings()).isEmpty();
    }

    @Test
    void refusesTwoCataloguesOfTheSameRelationship() {
        Catalogue one = new Catalogue(Relationship.named("the EU"), List.of());
        Catalogue other = new Catalogue(Relationship.named("The EU"), List.of());

        assertThatThrownBy(() -> issue(List.of(one, other), SecurityCatalogue.EMPTY, List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("two catalogues");
    }

    @Test
    void refusesNumberBelowOne() {
        assertThatThrownBy(() -> new Issue(0, PERIOD, "", IssueStatus.DRAFT, null, null, List.of(), null, List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1 or more");
        assertThatThrownBy(() -> new Issue(-17, PERIOD, "", IssueStatus.DRAFT, null, null, List.of(), null, List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-17");
    }

    @Test
    void acceptsIssueNumberOne() {
        assertThat(new Issue(1, PERIOD, null, IssueStatus.DRAFT, null, null, List.of(), null, List.of()))
                .returns(ScoreBound.DEFAULT, Issue::bound)
                .returns(ColourScale.DEFAULT, Issue::scale)
                .returns(SecurityCatalogue.EMPTY, Issue::security);
    }

    @Test
    void refusesStatedNumberThatIsNotAWholeNumber() {
        assertThatThrownBy(() -> stated("russia", Figure.AGGREGATE, "four"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"four\"");
    }

    private static Issue issue(List<Catalogue> catalogues, SecurityCatalogue security, List<StatedFigure> stated) {
        return new Issue(17, PERIOD, "No. 17", IssueStatus.DRAFT, ScoreBound.DEFAULT, ColourScale.DEFAULT, catalogues, security, stated);
    }

    private static StatedFigure stated(String subject, Figure figure, String value) {
        return new StatedFigure(subject, figure, value);
    }

    private static Event event(String written, String description, int score) {
        return new Event(date(written), description, score);
    }

    private static DateExpression date(String written) {
        return DateExpression.parse(written, PERIOD);
    }
}
