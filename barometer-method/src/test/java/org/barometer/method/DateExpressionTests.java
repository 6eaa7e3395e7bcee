package org.barometer.method;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateExpressionTests {

    private static final Period SEPTEMBER_OCTOBER_2020 = Period.of("2020-09", "2020-10");
    private static final Period DECEMBER_2020_JANUARY_2021 = Period.of("2020-12", "2021-01");

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            1 September | 2020-09-01
            September 1 | 2020-09-01
            14 October  | 2020-10-14
            """)
    void readsADay(String written, LocalDate day) {
        assertReads(written, SEPTEMBER_OCTOBER_2020, day, day, DatePrecision.DAY);
    }

    @Test
    void readsSpanOfDaysWithHyphen() {
        assertReads("22-29 September", SEPTEMBER_OCTOBER_2020, LocalDate.of(2020, 9, 22), LocalDate.of(2020, 9, 29), DatePrecision.DAYS);
    }

    @Test
    void readsADayWrittenWithANonBreakingSpaceAsPdfTextOftenHasIt() {
        assertReads("14\u00A0September", SEPTEMBER_OCTOBER_2020, LocalDate.of(2020, 9, 14), LocalDate.of(2020, 9, 14), DatePrecision.DAY);
    }

    @Test
    void readsSpanOfDaysWithEnDash() {
        assertReads("14–20 September", SEPTEMBER_OCTOBER_2020, LocalDate.of(2020, 9, 14), LocalDate.of(2020, 9, 20), DatePrecision.DAYS);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"30 September – 2 October", "30 September-2 October"})
    void readsSpanOfDaysAcrossMonths(String written) {
        assertReads(written, SEPTEMBER_OCTOBER_2020, LocalDate.of(2020, 9, 30), LocalDate.of(2020, 10, 2), DatePrecision.DAYS);
    }

    @ParameterizedTest(name = "\"{0}\" is {1}..{2}")
    @CsvSource(delimiter = '|', textBlock = """
            Early September | 2020-09-01 | 2020-09-10
            Mid-September   | 2020-09-11 | 2020-09-20
            Late September  | 2020-09-21 | 2020-09-30
            Late October    | 2020-10-21 | 2020-10-31
            """)
    void readsPartOfAMonthAsTenDaysOrTheRest(String written, LocalDate start, LocalDate end) {
        assertReads(written, SEPTEMBER_OCTOBER_2020, start, end, DatePrecision.PART_OF_MONTH);
    }

    @Test
    void readsAMonthAsAllItsDays() {
        assertReads("October", SEPTEMBER_OCTOBER_2020, LocalDate.of(2020, 10, 1), LocalDate.of(2020, 10, 31), DatePrecision.MONTH);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"September–October", "September-October"})
    void readsTheWholePeriod(String written) {
        assertReads(written, SEPTEMBER_OCTOBER_2020, LocalDate.of(2020, 9, 1), LocalDate.of(2020, 10, 31), DatePrecision.MONTHS);
    }

    @ParameterizedTest(name = "\"{0}\" is {1}..{2}, {3}")
    @CsvSource(delimiter = '|', textBlock = """
            1 сентября        | 2020-09-01 | 2020-09-01 | DAY
            октябрь           | 2020-10-01 | 2020-10-31 | MONTH
            сентябрь–октябрь  | 2020-09-01 | 2020-10-31 | MONTHS
            середина сентября | 2020-09-11 | 2020-09-20 | PART_OF_MONTH
            """)
    void readsRussianForms(String written, LocalDate start, LocalDate end, DatePrecision precision) {
        assertReads(written, SEPTEMBER_OCTOBER_2020, start, end, precision);
    }

    @Test
    void takesTheYearOfAMonthFromThePeriodThatCrossesAYear() {
        assertReads("5 January", DECEMBER_2020_JANUARY_2021, LocalDate.of(2021, 1, 5), LocalDate.of(2021, 1, 5), DatePrecision.DAY);
        assertReads("December", DECEMBER_2020_JANUARY_2021, LocalDate.of(2020, 12, 1), LocalDate.of(2020, 12, 31), DatePrecision.MONTH);
    }

    @Test
    void readsSpanOfDaysAcrossTheNewYear() {
        assertReads("28 December – 3 January", DECEMBER_2020_JANUARY_2021,
                LocalDate.of(2020, 12, 28), LocalDate.of(2021, 1, 3), DatePrecision.DAYS);
    }

    @Test
    void readsWholePeriodAcrossTheNewYear() {
        assertReads("December–January", DECEMBER_2020_JANUARY_2021,
                LocalDate.of(2020, 12, 1), LocalDate.of(2021, 1, 31), DatePrecision.MONTHS);
    }

    @Test
    void honoursAnExplicitYear() {
        assertReads("1 September 2019", SEPTEMBER_OCTOBER_2020, LocalDate.of(2019, 9, 1), LocalDate.of(2019, 9, 1), DatePrecision.DAY);
    }

    @Test
    void periodCoversDatesWithinItButNotAnotherYears() {
        assertThat(SEPTEMBER_OCTOBER_2020.covers(DateExpression.parse("30 September – 2 October", SEPTEMBER_OCTOBER_2020))).isTrue();
        assertThat(SEPTEMBER_OCTOBER_2020.covers(DateExpression.parse("1 September 2019", SEPTEMBER_OCTOBER_2020))).isFalse();
    }

    @Test
    void showsTheDateAsWritten() {
        assertThat(DateExpression.parse("  Mid-September ", SEPTEMBER_OCTOBER_2020))
                .hasToString("  Mid-September ")
                .returns("  Mid-September ", DateExpression::written)
                .returns(LocalDate.of(2020, 9, 11), DateExpression::start);
    }

    @ParameterizedTest(name = "refuses \"{0}\"")
    @ValueSource(strings = {"", "yesterday", "31 September", "29-22 September", "Septober 3", "+x"})
    void refusesTextThatIsNotADateQuotingItAsWritten(String written) {
        assertThatThrownBy(() -> DateExpression.parse(written, SEPTEMBER_OCTOBER_2020))
                .isInstanceOf(DateFormException.class)
                .hasMessageContaining("\"" + written + "\"")
                .extracting(e -> ((DateFormException) e).written())
                .isEqualTo(written);
    }

    @Test
    void refusesADayThatTheMonthDoesNotHave() {
        assertThatThrownBy(() -> DateExpression.parse("31 September", SEPTEMBER_OCTOBER_2020))
                .isInstanceOf(DateFormException.class)
                .hasMessageContaining("\"31 September\"")
                .hasMessageContaining("no such day");
    }

    @Test
    void refusesASpanThatEndsBeforeItStarts() {
        assertThatThrownBy(() -> DateExpression.parse("29-22 September", SEPTEMBER_OCTOBER_2020))
                .isInstanceOf(DateFormException.class)
                .hasMessageContaining("\"29-22 September\"")
                .hasMessageContaining("end after it starts");
    }

    @ParameterizedTest(name = "\"{0}\" is \"{1}\" in Russian")
    @CsvSource(delimiter = '|', textBlock = """
            1 September              | 1 сентября
            September 1              | 1 сентября
            14 October               | 14 октября
            14–25 September          | 14–25 сентября
            22-29 September          | 22–29 сентября
            30 September – 2 October | 30 сентября – 2 октября
            Early September          | начало сентября
            Mid-September            | середина сентября
            Late October             | конец октября
            October                  | октябрь
            September–October        | сентябрь–октябрь
            September-October        | сентябрь–октябрь
            1 September 2019         | 1 сентября 2019
            середина сентября        | середина сентября
            """)
    void writesEveryFormInRussianFromWhatItStandsFor(String written, String russian) {
        DateExpression date = DateExpression.parse(written, SEPTEMBER_OCTOBER_2020);

        assertThat(date.in("ru")).isEqualTo(russian);
        DateExpression readBack = DateExpression.parse(russian, SEPTEMBER_OCTOBER_2020);
        assertThat(readBack).returns(date.start(), DateExpression::start).returns(date.end(), DateExpression::end)
                .returns(date.precision(), DateExpression::precision);
    }

    @ParameterizedTest(name = "\"{0}\" is \"{1}\" in Russian")
    @CsvSource(delimiter = '|', textBlock = """
            28 December – 3 January | 28 декабря – 3 января
            December–January        | декабрь–январь
            5 January               | 5 января
            """)
    void writesDatesAcrossTheNewYearInRussian(String written, String russian) {
        assertThat(DateExpression.parse(written, DECEMBER_2020_JANUARY_2021).in("ru")).isEqualTo(russian);
    }

    @ParameterizedTest(name = "\"{0}\" stays as written in English")
    @ValueSource(strings = {"  Mid-September ", "1 сентября", "22-29 September", "Sept 3"})
    void keepsTheWrittenFormForEnglish(String written) {
        assertThat(DateExpression.parse(written, SEPTEMBER_OCTOBER_2020).in("en")).isEqualTo(written);
    }

    private static void assertReads(String written, Period period, LocalDate start, LocalDate end, DatePrecision precision) {
        DateExpression date = DateExpression.parse(written, period);
        assertThat(date.written()).as("written text of %s", written).isEqualTo(written);
        assertThat(date.start()).as("start of %s", written).isEqualTo(start);
        assertThat(date.end()).as("end of %s", written).isEqualTo(end);
        assertThat(date.precision()).as("precision of %s", written).isEqualTo(precision);
    }
}
