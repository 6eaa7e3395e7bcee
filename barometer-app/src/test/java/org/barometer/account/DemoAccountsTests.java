package org.barometer.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.barometer.WebTest;
import org.barometer.importer.SampleIssue;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@WebTest
class DemoAccountsTests {

    @Autowired
    DemoAccounts demo;

    @Autowired
    SampleIssue sample;

    @Autowired
    JdbcClient jdbc;

    @Test
    void printsOneLinePerDemoAccountOnceWithPasswordsThatSignIn() {
        sample.loadIntoEmptyStore();

        List<String> lines = printed();

        assertThat(lines).hasSize(7);
        assertThat(lines).allMatch(line -> line.matches("demo account: (editor|analyst) [a-z-]+ [A-Za-z0-9_-]{16}"));
        assertThat(lines).extracting(line -> line.split(" ")[3])
                .containsExactly("editor", "analyst-russia", "analyst-eu", "analyst-china", "analyst-us", "analyst-ukraine", "analyst-security");
        for (String line : lines) {
            String[] parts = line.split(" ");
            String hash = jdbc.sql("select password_hash from account where username = ?").param(parts[3]).query(String.class).single();
            assertThat(Accounts.PASSWORDS.matches(parts[4], hash)).as(parts[3]).isTrue();
        }
        assertThat(printed()).as("a second start prints nothing").isEmpty();
    }

    private List<String> printed() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        demo.createIfNoAccounts(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8).lines().toList();
    }
}
