package org.barometer.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.http.Cookie;

import org.barometer.WebTest;
import org.barometer.importer.SampleIssue;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@WebTest
class DemoAccountsTests {

    @Autowired
    DemoAccounts demo;

    @Autowired
    SampleIssue sample;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc web;

    @Test
    void printsOneLinePerDemoAccountOnceWithPasswordsThatSignIn() {
        sample.loadIntoEmptyStore();

        List<String> lines = printed();

        assertThat(lines).hasSize(8);
        assertThat(lines).allMatch(line -> line.matches("demo account: (admin|editor|analyst) [a-z-]+ [A-Za-z0-9_-]{16}"));
        assertThat(lines).extracting(line -> line.split(" ")[3])
                .containsExactly("admin", "editor", "analyst-russia", "analyst-eu", "analyst-china", "analyst-us", "analyst-ukraine", "analyst-security");
        for (String line : lines) {
            String[] parts = line.split(" ");
            String hash = jdbc.sql("select password_hash from account where username = ?").param(parts[3]).query(String.class).single();
            assertThat(Accounts.PASSWORDS.matches(parts[4], hash)).as(parts[3]).isTrue();
        }
        assertThat(printed()).as("a second start prints nothing").isEmpty();
    }

    @Test
    void theDemoAdminSignsInAndOpensTheAccountsPage() throws Exception {
        sample.loadIntoEmptyStore();

        String line = printed().get(0);
        String[] parts = line.split(" ");
        assertThat(parts[2]).isEqualTo("admin");

        Cookie session = web.perform(post("/login").param("username", parts[3]).param("password", parts[4]).with(csrf()))
                .andExpect(redirectedUrl("/workspace"))
                .andExpect(authenticated().withUsername("admin").withRoles("ADMIN"))
                .andReturn().getResponse().getCookie("SESSION");
        web.perform(get("/workspace/accounts").cookie(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("analyst-security")));
    }

    private List<String> printed() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        demo.createIfNoAccounts(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8).lines().toList();
    }
}
