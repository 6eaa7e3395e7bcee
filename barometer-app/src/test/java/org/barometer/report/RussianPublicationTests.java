package org.barometer.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.barometer.report.ReportFixtures.*;

import org.barometer.WebTest;
import org.barometer.issue.IssueStore;
import org.barometer.method.IssueStatus;
import org.barometer.publicdata.PublishedData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The invented issue in Russian and in English: descriptions and narratives in the language asked for, the other
 * language where one is missing, tagged as such; every fixed text from the Russian bundle; names with the letters
 * of Belarusian, Polish and Lithuanian spelling.
 */
@WebTest
class RussianPublicationTests {

    static final int NUMBER = 62;

    static PdfPages russian;
    static PdfPages english;

    @Autowired
    IssueReports reports;


    @Autowired

    PublishedData published;

    @Autowired
    IssueStore store;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void renderBothLanguagesOnce() {
        if (russian == null) {
            if (!store.exists(NUMBER)) {
                storeInvented(store, jdbc, NUMBER, IssueStatus.PUBLISHED);
            }
            russian = PdfPages.read(ReportFixtures.forReaders(reports, published, NUMBER, ReportFormat.PDF, "ru").orElseThrow().content());
            english = PdfPages.read(ReportFixtures.forReaders(reports, published, NUMBER, ReportFormat.PDF, "en").orElseThrow().content());
        }
    }

    @Test
    void showsTheRussianDescriptionsExactlyAsWritten() {
        assertThat(russian.text()).contains("3 March " + GRAIN_RU + " +2").contains("20-24 March " + DRILL_RU + " −1 −2")
                .contains("12 March " + VISA_RU + " +1")
                .doesNotContain(GRAIN_EN).doesNotContain(DRILL_EN);
    }

    @Test
    void showsTheEnglishDescriptionTaggedInEnglishWhereTheRussianIsMissing() {
        assertThat(russian.text()).contains("Mid-April " + BORDER_EN + " (in English) −1")
                .contains("April " + PATROL_EN + " (in English) 0 −1");
    }

    @Test
    void showsTheRussianDescriptionTaggedInRussianWhereTheEnglishIsMissing() {
        assertThat(english.text()).contains("12 March " + VISA_RU + " (на русском) +1")
                .contains("3 March " + GRAIN_EN + " +2");
    }

    @Test
    void writesEveryFixedTextInRussian() {
        assertThat(russian.page(1)).contains("БАРОМЕТР").contains("№ 62").contains("Март–апрель 2023");
        assertThat(russian.text()).contains("Предисловие редактора", "Содержание", "Сводка", "Индексы развития отношений",
                "Отношения с Россией", "Отношения с Европейским союзом", "Барометр безопасности", "Тенденции", "События и процессы",
                "Прогноз", "Приложение 1. Каталог событий, лежащих в основе индексов развития отношений",
                "Приложение 2. Каталог событий, лежащих в основе индексов безопасности",
                "Приложение 3. Цветовая шкала региональной напряжённости", "Авторы", "Благодарности", "Итого +1 Отношения с Европейским союзом", "Итого −1 −3 (Зелёный)")
                .doesNotContain("Relationship with", "Appendix", "Summary", "Total");
        assertThat(russian.linesText()).contains("Уровень региональной напряжённости: Зелёный — Военная активность, которая не несёт прямой угрозы");
    }

    @Test
    void saysInRussianWhereTheOriginalPublicationStatedAnotherFigure() {
        assertThat(russian.text()).contains("Россия, совокупный индекс: в первоначальной публикации — +3; по каталогу сумма +1, она и приведена здесь.");
    }

    @Test
    void showsNarrativesInTheLanguageAskedForAndTheOtherOneTaggedWhereMissing() {
        assertThat(russian.linesText()).contains("Тенденции 1. Торговые переговоры возобновились. 2. Транзитные споры утихли.")
                .contains("События и процессы (in English) Talks on a grain terminal resumed in March (the ministry's statement).")
                .contains("Прогноз (in English) Further agreements are likely in the summer.");
        assertThat(english.linesText()).contains("Trends 1. Trade talks resumed. 2. Transit disputes eased.");
    }

    @Test
    void saysBrieflyWhereANarrativeIsNotWrittenInEitherLanguage() {
        String text = english.text();
        String eu = text.substring(text.indexOf("Relationship with the EU Indices"), text.indexOf("Security barometer Indices"));
        assertThat(eu).contains("Trends Not written for this issue.").contains("Forecast Not written for this issue.");
        assertThat(russian.text()).contains("Для этого выпуска не написано.");
    }

    @Test
    void endsWithTheAcknowledgementsTheEditorWroteInEachLanguage() {
        // The link's words come out of the PDF's text after the rest of their line; the words are checked, not their order.
        assertThat(english.text()).contains("Acknowledgements We thank the", "of Šiauliai and Gdańsk.", "reviewers");
        assertThat(russian.text()).contains("Благодарности Благодарим", "из Шяуляя и Гданьска.", "рецензентов");
        assertThat(english.text()).doesNotContain("Barometer thanks everyone");
    }

    @Test
    void printsAuthorsWithTheLettersOfTheirNames() {
        assertThat(english.text()).contains("Authors " + AUTHOR + ", Invented Institute " + AUTHOR_BIO);
        assertThat(russian.text()).contains(AUTHOR).contains(AUTHOR_BIO);
    }
}
