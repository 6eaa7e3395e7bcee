package org.barometer.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.barometer.WebTest;
import org.barometer.importer.SampleIssue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@WebTest
class AccountsPageTests {

    @Autowired
    MockMvc web;

    @Autowired
    Accounts accounts;

    @Autowired
    SampleIssue sample;

    @BeforeEach
    void relationshipsExist() {
        sample.loadIntoEmptyStore();
    }

    @Test
    void theAdminAddsAnAnalystAssignedToARelationship() throws Exception {
        web.perform(post("/workspace/accounts").with(TestActors.admin()).with(csrf())
                        .param("username", "olga").param("password", "a long enough password").param("role", "ANALYST")
                        .param("relationships", "china"))
                .andExpect(redirectedUrl("/workspace/accounts"));

        assertThat(accounts.list()).anySatisfy(actor -> {
            assertThat(actor.username()).isEqualTo("olga");
            assertThat(actor.relationships()).containsExactly("china");
            assertThat(actor.securityAnalyst()).isFalse();
        });
        assertThat(web.perform(get("/workspace/accounts").with(TestActors.admin())).andReturn().getResponse().getContentAsString())
                .contains("olga").contains("china");
    }

    @Test
    void refusesAShortPasswordSayingWhyAndStoresNothing() throws Exception {
        String page = web.perform(post("/workspace/accounts").with(TestActors.admin()).with(csrf())
                        .param("username", "shorty").param("password", "short").param("role", "EDITOR"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("password: at least 10 characters");
        assertThat(accounts.list()).noneMatch(actor -> actor.username().equals("shorty"));
    }

    @Test
    void refusesABadUsernameAndEscapesItInTheMessage() throws Exception {
        String page = web.perform(post("/workspace/accounts").with(TestActors.admin()).with(csrf())
                        .param("username", "<script>alert(1)</script>").param("password", "a long enough password").param("role", "EDITOR"))
                .andReturn().getResponse().getContentAsString();

        assertThat(page).doesNotContain("<script>alert(1)</script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    @Test
    void aRefusalIsExplainedOnAPageInTheReadersLanguage() throws Exception {
        String page = web.perform(get("/error").requestAttr("jakarta.servlet.error.status_code", 403).with(TestActors.editor())
                        .accept(org.springframework.http.MediaType.TEXT_HTML))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Error 403").contains("Nothing was changed.");
    }

    @Test
    void onlyTheAdminSeesOrChangesAccounts() throws Exception {
        web.perform(get("/workspace/accounts").with(TestActors.editor())).andExpect(status().isForbidden());
        web.perform(post("/workspace/accounts").with(TestActors.editor()).with(csrf())
                        .param("username", "sneaky").param("password", "a long enough password").param("role", "ADMIN"))
                .andExpect(status().isForbidden());
        web.perform(post("/workspace/accounts").with(TestActors.analyst("russia")).with(csrf())
                        .param("username", "sneaky").param("password", "a long enough password").param("role", "ADMIN"))
                .andExpect(status().isForbidden());

        assertThat(accounts.list()).noneMatch(actor -> actor.username().equals("sneaky"));
    }
}
