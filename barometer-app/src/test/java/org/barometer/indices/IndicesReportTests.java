package org.barometer.indices;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.barometer.method.Catalogue;
import org.barometer.method.DateExpression;
import org.barometer.method.Event;
import org.barometer.method.Issue;
import org.barometer.method.IssueStatus;
import org.barometer.method.Period;
import org.barometer.method.Relationship;
import org.barometer.method.SecurityCatalogue;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** The indices of an issue whose EU and security catalogues are empty: not covered, with no figure, never a zero. */
class IndicesReportTests {

    static final Period PERIOD = Period.of("2021-01", "2021-02");

    static final Issue ISSUE = new Issue(5, PERIOD, "Monitoring", IssueStatus.PUBLISHED, null, null, List.of(
            new Catalogue(new Relationship("russia", "Russia"), List.of(new Event(DateExpression.parse("5 January", PERIOD), "Talks", 2))),
            new Catalogue(new Relationship("eu", "the EU"), List.of())), SecurityCatalogue.EMPTY, List.of());

    @Test
    void theJsonSaysCoveredFalseWithNullFiguresForAnEmptyCatalogue() {
        JsonNode json = IndicesReport.json(ISSUE);
        JsonNode russia = json.get("relationships").get(0);
        JsonNode eu = json.get("relationships").get(1);
        JsonNode security = json.get("security");

        assertThat(russia.get("covered").asBoolean()).isTrue();
        assertThat(russia.get("aggregate").asInt()).isEqualTo(2);
        assertThat(eu.get("covered").asBoolean()).isFalse();
        assertThat(eu.get("events").asInt()).isZero();
        for (String figure : List.of("aggregate", "positive", "negative")) {
            assertThat(eu.get(figure).isNull()).as(figure).isTrue();
        }
        assertThat(security.get("covered").asBoolean()).isFalse();
        for (String figure : List.of("national", "regional", "level", "meaning")) {
            assertThat(security.get(figure).isNull()).as(figure).isTrue();
        }
    }

    @Test
    void theTableSaysNotCoveredInsteadOfFiguresAndNamesNoColour() {
        List<String> lines = IndicesReport.table(ISSUE).lines().toList();

        assertThat(lines).anySatisfy(line -> assertThat(line).matches("the EU\\s+0\\s+not covered"));
        assertThat(lines).anySatisfy(line -> assertThat(line).matches("security\\s+0\\s+not covered"));
        assertThat(lines).noneSatisfy(line -> assertThat(line).contains("White"));
    }
}
