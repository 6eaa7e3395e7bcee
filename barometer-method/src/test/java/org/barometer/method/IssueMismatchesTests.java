package org.barometer.method;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class IssueMismatchesTests {

    @Test
    void givesOnlyTheStatedFiguresThatDifferNotTheOtherFindings() {
        Period period = Period.of("2020-09", "2020-10");
        Catalogue russia = new Catalogue(Relationship.named("Russia"), List.of(
                new Event(DateExpression.parse("3 September", period), "Talks", 2),
                new Event(DateExpression.parse("1 August", period), "Outside the period", -5)));
        Issue issue = new Issue(3, period, "Test", IssueStatus.PUBLISHED, null, null, List.of(russia), null,
                List.of(new StatedFigure("russia", Figure.AGGREGATE, "+1"), new StatedFigure("russia", Figure.POSITIVE, "+2")));

        assertThat(issue.findings()).hasSize(3);
        assertThat(issue.mismatches()).containsExactly(new StatedFigureMismatch("russia", "Russia", Figure.AGGREGATE, "+1", "-3"));
    }
}
