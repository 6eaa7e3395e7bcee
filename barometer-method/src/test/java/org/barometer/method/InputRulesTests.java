package org.barometer.method;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The one set of input rules: column limits, characters XML cannot carry, http(s) sources, reserved codes. */
class InputRulesTests {

    @Test
    void aTextIsAsLongAsItsColumnAtMost() {
        assertThat(InputRules.problem(InputRules.Field.DATE, "x".repeat(100))).isEmpty();
        assertThat(InputRules.problem(InputRules.Field.DATE, "x".repeat(101))).contains("is 101 characters long; at most 100 are allowed");
        assertThat(InputRules.problem(InputRules.Field.DESCRIPTION, "x".repeat(1_000))).isEmpty();
        assertThat(InputRules.problem(InputRules.Field.DESCRIPTION, "x".repeat(50_000))).contains("is 50000 characters long; at most 1000 are allowed");
    }

    @Test
    void everyTextPeopleWriteHasALimit() {
        assertThat(InputRules.Field.values()).allSatisfy(field -> assertThat(field.limit()).as(field.name()).isPositive());
        assertThat(List.of(InputRules.Field.DESCRIPTION, InputRules.Field.SOURCE, InputRules.Field.MEANING, InputRules.Field.BIOGRAPHY,
                InputRules.Field.NARRATIVE, InputRules.Field.REVIEW_COMMENT, InputRules.Field.CORRECTION_NOTE))
                .extracting(InputRules.Field::limit).containsExactly(1_000, 1_000, 1_000, 5_000, 100_000, 5_000, 2_000);
        for (InputRules.Field field : InputRules.Field.values()) {
            assertThat(InputRules.problem(field, "я".repeat(field.limit()))).as(field.name()).isEmpty();
            assertThat(InputRules.problem(field, "я".repeat(field.limit() + 1))).as(field.name())
                    .contains("is " + (field.limit() + 1) + " characters long; at most " + field.limit() + " are allowed");
        }
    }

    @Test
    void aSourceLongerThanItsLimitIsRefusedAsTooLong() {
        String link = "https://example.org/" + "a".repeat(980);
        assertThat(InputRules.sourceProblem(link)).isEmpty();
        assertThat(InputRules.sourceProblem(link + "a")).contains("is 1001 characters long; at most 1000 are allowed");
    }

    @Test
    void refusesCharactersXmlCannotCarryAndKeepsTabsLineBreaksAndCyrillic() {
        assertThat(InputRules.problem(InputRules.Field.NARRATIVE, "a\tb\r\nв Минске 🇧🇾")).isEmpty();
        assertThat(InputRules.problem(InputRules.Field.TITLE, "Minsk\u000BBarometer")).contains("contains the control character U+000B, which cannot be kept");
        assertThat(InputRules.characterProblem("\u0001")).contains("contains the control character U+0001, which cannot be kept");
        assertThat(InputRules.characterProblem("broken \uD800 pair")).isPresent();
        assertThat(InputRules.xmlSafe("a\u000Bb\u0001")).isEqualTo("a\uFFFDb\uFFFD");
    }

    @Test
    void aRefusalCarriesItsReasonAsAKeyAndArgumentsForEveryLanguage() {
        assertThat(InputRules.refusal(InputRules.Field.DESCRIPTION, "x".repeat(1_234))).get()
                .returns("input.too-long", InputRules.Refusal::key).returns(List.of(1_234, 1_000), InputRules.Refusal::args);
        assertThat(InputRules.characterRefusal("a\u0001")).get()
                .returns("input.control-character", InputRules.Refusal::key).returns(List.of("U+0001"), InputRules.Refusal::args);
        assertThat(InputRules.sourceRefusal("ftp://example.org")).get()
                .returns("input.not-a-link", InputRules.Refusal::key).returns(List.of("ftp://example.org"), InputRules.Refusal::args);
        assertThat(InputRules.event("row", DateExpression.parse("5 October", new Period(java.time.YearMonth.of(2020, 9), java.time.YearMonth.of(2020, 10))), "x".repeat(1_001), null, List.of()))
                .singleElement().returns("row.description", InputRules.Violation::field)
                .returns("is 1001 characters long; at most 1000 are allowed", InputRules.Violation::reason);
    }

    @Test
    void aSourceIsAnHttpOrHttpsLink() {
        assertThat(InputRules.sourceProblem("https://example.org/a")).isEmpty();
        assertThat(InputRules.sourceProblem("HTTP://example.org")).isEmpty();
        for (String link : List.of("javascript:alert(1)", "data:text/html,x", "ftp://example.org", "//example.org", "example.org")) {
            assertThat(InputRules.sourceProblem(link)).as(link).contains("\"" + link + "\" is not an http or https link");
        }
    }

    @Test
    void aRelationshipCodeIsNeitherReservedNorMalformed() {
        assertThat(InputRules.codeProblem("european-union")).isEmpty();
        assertThat(InputRules.reservedCodes()).containsExactly("acknowledgements", "cover", "foreword", "national", "regional", "security");
        assertThat(InputRules.codeProblem("security")).get().asString().startsWith("\"security\" is reserved");
        assertThat(InputRules.codeProblem("Russia")).isPresent();
        assertThat(InputRules.codeProblem("a".repeat(81))).isPresent();
    }
}
