package org.barometer.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.barometer.method.Figure;
import org.barometer.method.ForecastReason;
import org.barometer.method.ForecastReason.Colour;
import org.barometer.method.ForecastReason.FigureOf;
import org.barometer.method.Relationship;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Every reason the method gives a forecast's grade, said by the application's bundles: in English exactly as the method
 * says it (the API's sentence), in Russian with the relationship, the figure and the colour in Russian too.
 */
class ForecastReasonWordsTests {

    private static final Relationship RUSSIA = new Relationship("russia", "Russia");
    private static final Relationship ATLANTIS = new Relationship("atlantis", "Atlantis");
    private static final FigureOf AGGREGATE = new FigureOf(Figure.AGGREGATE, RUSSIA);
    private static final FigureOf NEGATIVE = new FigureOf(Figure.NEGATIVE, RUSSIA);
    private static final FigureOf LEVEL = new FigureOf(Figure.LEVEL, null);

    private final ReportWords english = words("en");
    private final ReportWords russian = words("ru");

    @Test
    void theEnglishBundleSaysEveryReasonAsTheMethodDoes() {
        for (ForecastReason reason : everyKind()) {
            assertThat(english.reason(reason)).as(reason.key()).isEqualTo(reason.english());
        }
    }

    @Test
    void russianReadersReadEveryReasonInRussian() {
        assertThat(everyKind()).extracting(russian::reason).containsExactly(
                "Россия: отношения не охвачены выпуском № 18",
                "Барометр безопасности не охвачен выпуском № 18",
                "В цветовой шкале выпуска № 18 нет цвета «Purple»",
                "Россия: агрегированный индекс в выпуске № 18 — -4, выше -5",
                "Россия: агрегированный индекс в выпуске № 18 — -4, не выше -4",
                "Россия: отрицательные баллы в выпуске № 18 — -5, ниже -4",
                "Россия: отрицательные баллы в выпуске № 18 — -5, не ниже -5",
                "Национальная безопасность в выпуске № 18 — -3, от -6 до -3",
                "Региональная напряжённость в выпуске № 18 — -2, вне промежутка от -1 до +1",
                "Цвет региональной напряжённости в выпуске № 18 — зелёный",
                "Цвет региональной напряжённости в выпуске № 18 — зелёный, а не жёлтый",
                "Россия: отношения не охвачены выпуском № 17: знака, который мог бы измениться, нет",
                "Россия: агрегированный индекс — 0 в выпуске № 17: у нуля нет знака, который мог бы измениться",
                "Россия: агрегированный индекс — +4 в выпуске № 17 и -4 в выпуске № 18");
    }

    @Test
    void aRelationshipTheBundleDoesNotKnowIsNamedAsItsIssueNamesIt() {
        ForecastReason reason = new ForecastReason("forecast.reason.not-covered", List.of(ATLANTIS, 18));
        assertThat(russian.reason(reason)).isEqualTo("Atlantis: отношения не охвачены выпуском № 18");
        assertThat(english.reason(reason)).isEqualTo("Atlantis is not covered by issue 18");
    }

    /** One reason of each kind, as the method gives them (ForecastGradingTests checks which statement gets which). */
    private static List<ForecastReason> everyKind() {
        ForecastReason aggregateIs = reason("forecast.reason.is", AGGREGATE, 18, "-4");
        ForecastReason negativeAre = reason("forecast.reason.are", NEGATIVE, 18, "-5");
        ForecastReason green = reason("forecast.reason.is", LEVEL, 18, new Colour("Green"));
        return List.of(
                reason("forecast.reason.not-covered", RUSSIA, 18),
                reason("forecast.reason.not-covered.security", 18),
                reason("forecast.reason.no-colour", 18, new Colour("Purple")),
                reason("forecast.reason.above", aggregateIs, "-5"),
                reason("forecast.reason.not-above", aggregateIs, "-4"),
                reason("forecast.reason.below", negativeAre, "-4"),
                reason("forecast.reason.not-below", negativeAre, "-5"),
                reason("forecast.reason.between", reason("forecast.reason.is", new FigureOf(Figure.NATIONAL, null), 18, "-3"), "-6", "-3"),
                reason("forecast.reason.not-between", reason("forecast.reason.is", new FigureOf(Figure.REGIONAL, null), 18, "-2"), "-1", "+1"),
                green,
                reason("forecast.reason.not-colour", green, new Colour("Yellow")),
                reason("forecast.reason.no-sign", reason("forecast.reason.not-covered", RUSSIA, 17)),
                reason("forecast.reason.was-zero", AGGREGATE, 17),
                reason("forecast.reason.sign", AGGREGATE, "+4", 17, "-4", 18));
    }

    private static ForecastReason reason(String key, Object... args) {
        return new ForecastReason(key, List.of(args));
    }

    private static ReportWords words(String language) {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("i18n/forecasts", "i18n/report");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return new ReportWords(messages, language);
    }
}
