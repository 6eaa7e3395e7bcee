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
import org.springframework.test.web.servlet.request.RequestPostProcessor;

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
        for (int i = 0; i < throttle.limits().perAddress(); i++) {
            web.perform(post("/login").param("username", username).param("password", "guess " + i).with(csrf()))
                    .andExpect(redirectedUrl("/login?error"));
        }

        web.perform(post("/login").param("username", username).param("password", PASSWORD).with(csrf()))
                .andExpect(redirectedUrl("/login?throttled"))
                .andExpect(unauthenticated());
    }

    @Test
    void countsTheNameAsSignInReadsItWhateverSpacesSurroundIt() throws Exception {
        for (int i = 0; i < throttle.limits().perAddress(); i++) {
            String spelled = i % 2 == 0 ? " " + username : username + "  ";
            web.perform(post("/login").param("username", spelled).param("password", "guess " + i).with(csrf()))
                    .andExpect(redirectedUrl("/login?error"));
        }

        for (String spelled : new String[] {username, " " + username, username + "\t", "  " + username + " "}) {
            web.perform(post("/login").param("username", spelled).param("password", PASSWORD).with(csrf()))
                    .andExpect(redirectedUrl("/login?throttled"))
                    .andExpect(unauthenticated());
        }
    }

    @Test
    void locksAnAccountGuessedFromManyAddresses() throws Exception {
        int perAddress = throttle.limits().perAddress() - 1;
        int address = 0;
        for (int failed = 0; failed < throttle.limits().perAccount(); failed++) {
            if (failed % perAddress == 0) {
                address++;
            }
            web.perform(post("/login").param("username", username).param("password", "guess " + failed).with(csrf())
                            .with(from("192.0.2." + address)))
                    .andExpect(redirectedUrl("/login?error"));
        }

        web.perform(post("/login").param("username", username).param("password", PASSWORD).with(csrf()).with(from("198.51.100.7")))
                .andExpect(redirectedUrl("/login?throttled"))
                .andExpect(unauthenticated());
        // another account is not locked by it
        String other = username + "x";
        accounts.add(other, PASSWORD, Role.EDITOR, Set.of(), false);
        web.perform(post("/login").param("username", other).param("password", PASSWORD).with(csrf()).with(from("198.51.100.7")))
                .andExpect(redirectedUrl("/workspace"));
    }

    @Test
    void aSuccessClearsTheAccountsFailures() throws Exception {
        for (int i = 0; i < throttle.limits().perAddress() - 1; i++) {
            web.perform(post("/login").param("username", username).param("password", "guess " + i).with(csrf()));
        }
        web.perform(post("/login").param("username", username).param("password", PASSWORD).with(csrf())).andExpect(redirectedUrl("/workspace"));

        web.perform(post("/login").param("username", username).param("password", "one more guess").with(csrf()))
                .andExpect(redirectedUrl("/login?error"));
        web.perform(post("/login").param("username", username).param("password", PASSWORD).with(csrf())).andExpect(redirectedUrl("/workspace"));
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
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
