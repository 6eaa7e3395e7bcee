package org.barometer.method;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RelationshipTests {

    @ParameterizedTest(name = "\"{0}\" has code {1}")
    @CsvSource({"the U.S., us", "the EU, eu", "Russia, russia", "the European Union, european-union", "China, china"})
    void derivesAUrlSafeCodeFromTheHeading(String name, String code) {
        assertThat(Relationship.codeFor(name)).isEqualTo(code);
    }

    @Test
    void namedRelationshipKeepsTheHeadingAndDerivesTheCode() {
        assertThat(Relationship.named("  the U.S. ")).isEqualTo(new Relationship("us", "the U.S."));
    }

    @ParameterizedTest(name = "\"{0}\" and \"{1}\" are the same relationship")
    @CsvSource({"the EU, the European Union", "the U.S., the United States", "the European Union, the EU", "Russia, russia", "The EU, the EU"})
    void recognisesTheSameRelationshipUnderAnAbbreviation(String one, String other) {
        assertThat(Relationship.sameRelationship(one, other)).isTrue();
    }

    @ParameterizedTest(name = "\"{0}\" and \"{1}\" are different relationships")
    @CsvSource({"Russia, Ukraine", "the EU, the U.S.", "China, the United States"})
    void tellsDifferentRelationshipsApart(String one, String other) {
        assertThat(Relationship.sameRelationship(one, other)).isFalse();
    }

    @ParameterizedTest(name = "refuses code \"{0}\"")
    @ValueSource(strings = {"", "US", "the u.s.", "-us", "us-", "european--union", "евросоюз"})
    void refusesInvalidCode(String code) {
        assertThatThrownBy(() -> new Relationship(code, "a name"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"" + code + "\"");
    }

    @Test
    void refusesBlankName() {
        assertThatThrownBy(() -> new Relationship("russia", " "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("name");
    }
}
