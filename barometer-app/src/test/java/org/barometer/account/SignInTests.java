package org.barometer.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;

import org.barometer.WebTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

@WebTest
class SignInTests {

    static final String PASSWORD = "correct horse battery";

    @Autowired
    MockMvc web;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    LoginThrottle throttle;

    String username;

    @BeforeEach
    void anEditor() {
        username = "editor" + System.nanoTime() % 100000;
        accounts.add(username, PASSWORD, Role.EDITOR, Set.of(), false);
    }

    @Test
    void signsInWithTheRightPasswordAndLandsInTheWorkspace() throws Exception {
        web.perform(post("/login").param("username", username).param("password", PASSWORD).with(csrf()))
                .andExpect(redirectedUrl("/workspace"))
                .andExpect(authenticated().withUsername(username).withRoles("EDITOR"));
    }

    @Test
    void refusesAWrongPassword() throws Exception {
        web.perform(post("/login").param("username", username).param("password", "wrong password").with(csrf()))
                .andExpect(redirectedUrl("/login?error"))
                .andExpect(unauthenticated());
    }

    @Test
    void turnsAwayEvenTheRightPasswordAfterRepeatedFailures() throws Exception {
        for (int i = 0; i < LoginThrottle.LIMIT; i++) {
            web.perform(post("/login").param("username", username).param("password", "guess " + i).with(csrf()))
                    .andExpect(redirectedUrl("/login?error"));
        }

        web.perform(post("/login").param("username", username).param("password", PASSWORD).with(csrf()))
                .andExpect(redirectedUrl("/login?throttled"))
                .andExpect(unauthenticated());
    }

    @Test
    void refusesASignInWithoutTheCsrfToken() throws Exception {
        web.perform(post("/login").param("username", username).param("password", PASSWORD))
                .andExpect(status().isForbidden())
                .andExpect(unauthenticated());
    }

    @Test
    void keepsOnlyAHashOfThePassword() {
        String stored = jdbc.sql("select password_hash from account where username = ?").param(username).query(String.class).single();

        assertThat(stored).startsWith("{bcrypt}$2").doesNotContain(PASSWORD);
        assertThat(Accounts.PASSWORDS.matches(PASSWORD, stored)).isTrue();
    }

    @Test
    void sendsReadersOfTheWorkspaceToSignInAndRefusesTheirChanges() throws Exception {
        web.perform(get("/workspace").accept(MediaType.TEXT_HTML)).andExpect(redirectedUrl("/login"));
        web.perform(post("/workspace/accounts").param("username", "intruder").with(csrf())).andExpect(status().isForbidden());
    }

    @Test
    void signsOut() throws Exception {
        MockHttpSession session = (MockHttpSession) web.perform(post("/login").param("username", username).param("password", PASSWORD).with(csrf()))
                .andReturn().getRequest().getSession();

        web.perform(post("/logout").session(session).with(csrf())).andExpect(redirectedUrl("/?signedout"));

        web.perform(get("/workspace").session(session).accept(MediaType.TEXT_HTML)).andExpect(redirectedUrl("/login"));
    }

    @Test
    void theSignInPageIsInEnglishAndRussian() throws Exception {
        assertThat(web.perform(get("/login")).andReturn().getResponse().getContentAsString()).contains("Sign in").contains("Password");
        assertThat(web.perform(get("/login").param("lang", "ru")).andReturn().getResponse().getContentAsString())
                .contains("Вход").contains("Пароль").contains("lang=\"ru\"");
    }
}
