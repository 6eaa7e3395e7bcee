package org.barometer.narrative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.barometer.account.TestActors.analyst;
import static org.barometer.account.TestActors.editor;
import static org.barometer.account.TestActors.securityAnalyst;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.barometer.WebTest;
import org.barometer.audit.ChangeLog;
import org.barometer.issue.IssueStore;
import org.barometer.method.Catalogue;
import org.barometer.method.Issue;
import org.barometer.method.IssueStatus;
import org.barometer.method.Period;
import org.barometer.method.Relationship;
import org.barometer.method.SecurityCatalogue;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Analysts and the editor write the narratives in Markdown; pages show them rendered and safe. */
@WebTest
class NarrativeEditingTests {

    private static final AtomicInteger NUMBERS = new AtomicInteger(70);
    private static final List<String> ATTACKS = List.of(
            "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "[x](javascript:alert(1))");

    @Autowired
    MockMvc web;

    @Autowired
    IssueStore issues;

    @Autowired
    Narratives narratives;

    @Autowired
    ChangeLog changes;

    @Test
    void savesMarkdownAndShowsItRenderedWithAListAndALink() throws Exception {
        int n = draft();

        web.perform(save(n, "russia", analyst("russia"), "trends.en", "1. Trade grew.\n2. See [the invented report](https://example.org/report).", 0))
                .andExpect(redirectedUrl("/workspace/issues/" + n + "/narrative/russia"));

        Document page = Jsoup.parse(page("/workspace/issues/" + n + "/narrative/russia", analyst("russia")));
        assertThat(page.select("textarea[name=body.trends.en]").text()).contains("1. Trade grew.", "[the invented report](https://example.org/report)");
        assertThat(page.select("input[name=version.trends.en]").val()).isEqualTo("1");
        assertThat(page.select(".preview ol li")).extracting(org.jsoup.nodes.Element::text)
                .containsExactly("Trade grew.", "See the invented report.");
        assertThat(page.select(".preview a[href=https://example.org/report]").attr("rel")).isEqualTo("nofollow noopener");
        assertThat(Jsoup.parse(page("/workspace/issues/" + n, editor())).select("#narrative-russia ol li")).hasSize(2);
        assertThat(narratives.of(n, 1).orElseThrow().html("russia", "trends", "en")).contains("<ol>");
        assertThat(changes.forIssue(n).get(0)).satisfies(change -> {
            assertThat(change.account()).isEqualTo("analyst-russia");
            assertThat(change.entity()).isEqualTo(ChangeLog.Entity.NARRATIVE);
            assertThat(change.before()).isNull();
            assertThat(change.after()).contains("\"subject\":\"russia\"", "\"part\":\"trends\"", "\"version\":1", "Trade grew.");
        });
    }

    @Test
    void neverSendsBackAScriptAnEventHandlerOrAJavascriptLink() throws Exception {
        int n = draft();
        String attack = String.join("\n\n", ATTACKS);
        web.perform(post("/workspace/issues/" + n + "/narrative/eu").with(analyst("eu")).with(csrf())
                        .param("body.trends.en", attack).param("version.trends.en", "0")
                        .param("body.forecast.ru", attack).param("version.forecast.ru", "0"))
                .andExpect(status().is3xxRedirection());

        assertHarmless(page("/workspace/issues/" + n + "/narrative/eu", analyst("eu")));
        assertHarmless(page("/workspace/issues/" + n + "/narrative/eu", analyst("russia")));
        assertHarmless(page("/workspace/issues/" + n, editor()));
        assertHarmless(web.perform(post("/workspace/issues/" + n + "/narrative/eu/preview").with(analyst("eu")).with(csrf())
                        .param("body.developments.en", attack).param("version.developments.en", "0"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(narratives.of(n, 1).orElseThrow().markdown("eu", "trends", "en")).isEqualTo(attack);
    }

    @Test
    void aPreviewShowsTheTextRenderedAndSavesNothing() throws Exception {
        int n = draft();

        String page = web.perform(post("/workspace/issues/" + n + "/narrative/national/preview").with(securityAnalyst()).with(csrf())
                        .param("body.trends.en", "- An invented drill").param("version.trends.en", "0"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(Jsoup.parse(page).select(".preview ul li").text()).isEqualTo("An invented drill");
        assertThat(page).contains("Nothing is saved until you press Save.");
        assertThat(narratives.of(n, 1).orElseThrow().texts()).isEmpty();
    }

    @Test
    void aStaleVersionIsAConflictThatShowsBothTextsAndOverwritesNothing() throws Exception {
        int n = draft();
        web.perform(save(n, "russia", editor(), "forecast.en", "The editor's forecast.", 0)).andExpect(status().is3xxRedirection());

        String conflict = web.perform(save(n, "russia", analyst("russia"), "forecast.en", "The analyst's forecast.", 0)
                        .param("body.trends.en", "A trend nobody else touched.").param("version.trends.en", "0"))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();

        assertThat(conflict).contains("The editor&#39;s forecast.", "The analyst&#39;s forecast.", "Nothing was saved.");
        assertThat(narratives.of(n, 1).orElseThrow().markdown("russia", "forecast", "en")).isEqualTo("The editor's forecast.");
        assertThat(narratives.of(n, 1).orElseThrow().markdown("russia", "trends", "en")).isEmpty();

        Document again = Jsoup.parse(conflict);
        assertThat(again.select("input[name=version.forecast.en]").val()).isEqualTo("1");
        assertThat(again.select("input[name=body.trends.en]").val()).isEqualTo("A trend nobody else touched.");
        web.perform(save(n, "russia", analyst("russia"), "forecast.en", "Both forecasts, merged.", 1)
                        .param("body.trends.en", "A trend nobody else touched.").param("version.trends.en", "0"))
                .andExpect(status().is3xxRedirection());
        assertThat(narratives.of(n, 1).orElseThrow().markdown("russia", "forecast", "en")).isEqualTo("Both forecasts, merged.");
    }

    @Test
    void theConflictPageNamesAndMarksTheTextsThatDifferByLanguage() throws Exception {
        int n = draft();
        web.perform(save(n, "russia", editor(), "forecast.ru", "Прогноз редактора.", 0)).andExpect(status().is3xxRedirection());

        for (String language : List.of("en", "ru")) {
            Document conflict = Jsoup.parse(web.perform(save(n, "russia", analyst("russia"), "forecast.ru", "Прогноз аналитика.", 0)
                            .param("body.forecast.en", "The analyst's forecast.").param("version.forecast.en", "0").param("lang", language))
                    .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString());

            assertThat(conflict.select("section.conflict").eachAttr("id")).as(language).containsExactly("text-forecast.ru");
            assertThat(conflict.select("section.conflict.differs h2 .differs-mark")).as(language).hasSize(1);
            assertThat(conflict.select("#differences a").attr("href")).isEqualTo("#text-forecast.ru");
            assertThat(conflict.select("#differences").text()).as(language).isEqualTo(language.equals("en")
                    ? "Your texts differ from those saved meanwhile in: Forecast (Russian)."
                    : "Ваши тексты отличаются от сохранённых за это время: Прогноз (Русский).");
            assertThat(conflict.select("section.conflict h2").text()).as(language)
                    .isEqualTo(language.equals("en") ? "Forecast (Russian) differs" : "Прогноз (Русский) различается");
        }
        assertThat(narratives.of(n, 1).orElseThrow().markdown("russia", "forecast", "ru")).isEqualTo("Прогноз редактора.");
        assertThat(narratives.of(n, 1).orElseThrow().markdown("russia", "forecast", "en")).isEmpty();
    }

    @Test
    void anAnalystWritesOnlyTheirOwnRelationshipAndOnlyTheEditorWritesTheForeword() throws Exception {
        int n = draft();

        web.perform(save(n, "eu", analyst("russia"), "trends.en", "Not my relationship.", 0)).andExpect(status().isForbidden());
        web.perform(save(n, "national", analyst("russia"), "trends.en", "Not my subject.", 0)).andExpect(status().isForbidden());
        web.perform(save(n, "foreword", analyst("russia"), "text.en", "Not my foreword.", 0)).andExpect(status().isForbidden());
        web.perform(save(n, "foreword", securityAnalyst(), "text.en", "Not mine either.", 0)).andExpect(status().isForbidden());
        assertThat(narratives.of(n, 1).orElseThrow().texts()).isEmpty();

        web.perform(save(n, "regional", securityAnalyst(), "forecast.en", "Tension eases.", 0)).andExpect(status().is3xxRedirection());
        web.perform(save(n, "foreword", editor(), "signature.ru", "Редактор", 0)).andExpect(status().is3xxRedirection());
        assertThat(narratives.of(n, 1).orElseThrow().texts()).extracting(NarrativeText::subject).containsExactlyInAnyOrder("regional", "foreword");
        assertThat(page("/workspace/issues/" + n + "/narrative/eu", analyst("russia")))
                .contains("You may read this narrative but not change it.").doesNotContain("<textarea");
    }

    @Test
    void inReviewOnlyTheEditorWrites() throws Exception {
        int n = draft();
        web.perform(post("/workspace/issues/" + n + "/submit").with(editor()).with(csrf())).andExpect(status().is3xxRedirection());

        web.perform(save(n, "russia", analyst("russia"), "trends.en", "Too late for me.", 0)).andExpect(status().isForbidden());
        web.perform(save(n, "russia", editor(), "trends.en", "The editor tidies up.", 0)).andExpect(status().is3xxRedirection());

        assertThat(narratives.of(n, 1).orElseThrow().markdown("russia", "trends", "en")).isEqualTo("The editor tidies up.");
    }

    @Test
    void showsTheEditPageInRussian() throws Exception {
        int n = draft();

        assertThat(web.perform(get("/workspace/issues/" + n + "/narrative/russia").param("lang", "ru").with(analyst("russia")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .contains("Тенденции", "События и процессы", "Прогноз", "Русский", "Английский", "Сохранить", "Предпросмотр");
        assertThat(page("/workspace/issues/" + n + "/narrative/foreword", editor())).contains("The editor&#39;s foreword", "Signature");
    }

    @Test
    void aSubjectTheIssueDoesNotHaveIsNotFound() throws Exception {
        int n = draft();

        web.perform(get("/workspace/issues/" + n + "/narrative/china").with(editor())).andExpect(status().isNotFound());
        web.perform(save(n, "china", editor(), "trends.en", "No such section.", 0)).andExpect(status().isNotFound());
    }

    /** The page has no script of its own making, no event handler and no javascript: link; the layout's scripts load from files. */
    private static void assertHarmless(String html) {
        Document page = Jsoup.parse(html);
        assertThat(page.select("script")).allSatisfy(script -> {
            assertThat(script.attr("src")).isNotBlank();
            assertThat(script.data()).isBlank();
        });
        assertThat(page.select("img, iframe, svg, object, embed")).isEmpty();
        assertThat(page.getAllElements()).allSatisfy(element -> assertThat(element.attributes().asList())
                .noneMatch(attribute -> attribute.getKey().toLowerCase().startsWith("on")
                        || attribute.getValue().toLowerCase().strip().startsWith("javascript:")));
        assertThat(html).doesNotContain("<script>alert", "<img src=x", "href=\"javascript:");
    }

    private int draft() {
        int n = NUMBERS.incrementAndGet();
        issues.insert(new Issue(n, Period.of("2024-01", "2024-02"), "Narrative monitoring", IssueStatus.DRAFT, null, null,
                List.of(new Catalogue(Relationship.named("Russia"), List.of()), new Catalogue(Relationship.named("the EU"), List.of())),
                SecurityCatalogue.EMPTY, List.of()), List.of());
        return n;
    }

    private static MockHttpServletRequestBuilder save(int n, String subject, RequestPostProcessor actor, String field, String body, int version) {
        return post("/workspace/issues/" + n + "/narrative/" + subject).with(actor).with(csrf())
                .param("body." + field, body).param("version." + field, Integer.toString(version));
    }

    private String page(String path, RequestPostProcessor actor) throws Exception {
        return web.perform(get(path).with(actor)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
