package org.barometer.method;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class IndicesTests {

    private static final Period PERIOD = Period.of("2020-09", "2020-10");

    @Test
    void relationsIndexSumsPositiveAndNegativeScoresIntoTheAggregate() {
        RelationsIndex index = RelationsIndex.of(List.of(event(2), event(-1), event(3), event(-3), event(1)));

        assertThat(index.positive()).isEqualTo(6);
        assertThat(index.negative()).isEqualTo(-4);
        assertThat(index.aggregate()).isEqualTo(2);
        assertThat(index.aggregate()).isEqualTo(index.positive() + index.negative());
    }

    @Test
    void neutralEventsCountInNeitherPositiveNorNegativePoints() {
        RelationsIndex index = RelationsIndex.of(List.of(event(0), event(2), event(0), event(-1), event(0)));

        assertThat(index).isEqualTo(new RelationsIndex(1, 2, -1));
    }

    @Test
    void onlyNeutralEventsGiveZeroIndices() {
        assertThat(RelationsIndex.of(List.of(event(0), event(0)))).isEqualTo(new RelationsIndex(0, 0, 0));
    }

    @Test
    void anEmptyCatalogueIsNotCoveredWhileOneOfNeutralEventsIsCoveredWithItsZeros() {
        assertThat(new Catalogue(Relationship.named("Ukraine"), List.of()).covered()).isFalse();
        assertThat(new Catalogue(Relationship.named("Ukraine"), List.of(event(0))).covered()).isTrue();
        assertThat(SecurityCatalogue.EMPTY.covered()).isFalse();
    }

    @Test
    void emptyCatalogueGivesZeroIndices() {
        Catalogue empty = new Catalogue(Relationship.named("Ukraine"), List.of());

        assertThat(empty.index()).isEqualTo(new RelationsIndex(0, 0, 0));
    }

    @Test
    void catalogueIndexIsTheIndexOfItsEvents() {
        Catalogue catalogue = new Catalogue(Relationship.named("China"), List.of(event(3), event(-2), event(0)));

        assertThat(catalogue.index()).isEqualTo(new RelationsIndex(1, 3, -2));
    }

    @Test
    void securityIndicesSumBothColumnsAndTakeTheLevelFromTheScale() {
        SecurityCatalogue security = new SecurityCatalogue(List.of(
                securityEvent(-1, -2),
                securityEvent(0, -3),
                securityEvent(2, -1),
                securityEvent(-2, 0),
                securityEvent(-1, -2)));

        SecurityIndices indices = security.indices(ColourScale.DEFAULT);

        assertThat(indices.national()).isEqualTo(-2);
        assertThat(indices.regional()).isEqualTo(-8);
        assertThat(indices.level().colour()).isEqualTo("Yellow");
    }

    @Test
    void securityLevelFollowsTheScaleGiven() {
        ColourScale twoBands = new ColourScale(List.of(
                new ColourBand("Quiet", -5, null, ""),
                new ColourBand("Alarm", null, -6, "")));
        SecurityCatalogue security = new SecurityCatalogue(List.of(securityEvent(0, -3), securityEvent(0, -3)));

        assertThat(security.indices(twoBands).level().colour()).isEqualTo("Alarm");
        assertThat(security.indices(ColourScale.DEFAULT).level().colour()).isEqualTo("Green");
    }

    @Test
    void emptySecurityCatalogueIsZeroAndWhite() {
        SecurityIndices indices = SecurityCatalogue.EMPTY.indices(ColourScale.DEFAULT);

        assertThat(indices.national()).isZero();
        assertThat(indices.regional()).isZero();
        assertThat(indices.level().colour()).isEqualTo("White");
    }

    private static Event event(int score) {
        return new Event(DateExpression.parse("October", PERIOD), "a scored event", score);
    }

    private static SecurityEvent securityEvent(int national, int regional) {
        return new SecurityEvent(DateExpression.parse("Mid-October", PERIOD), "a security event", national, regional);
    }
}
