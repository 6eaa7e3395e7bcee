package org.barometer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `barometer user add` reads the password from standard input when there is no terminal. */
class UserCommandTests {

    @TempDir
    Path data;

    InputStream stdin = System.in;

    @BeforeEach
    void aStoreWithRelationships() {
        ImportedSeed.copyInto(data);
    }

    @AfterEach
    void restoreStandardInput() {
        System.setIn(stdin);
    }

    Cli user(String password, String... args) {
        System.setIn(new ByteArrayInputStream(password.getBytes(StandardCharsets.UTF_8)));
        String[] all = new String[args.length + 3];
        all[0] = "user";
        System.arraycopy(args, 0, all, 1, args.length);
        all[args.length + 1] = "--data";
        all[args.length + 2] = data.toString();
        return Cli.run(all);
    }

    @Test
    void addsTheFirstAdminAndAnAnalystThenListsThem() {
        assertThat(user("the admin's password\n", "add", "--role", "admin", "alice").out()).contains("Added admin alice.");
        assertThat(user("the analyst's password\n", "add", "--role", "analyst", "--relationship", "russia", "--security", "bob").status()).isZero();

        assertThat(user("", "list").out())
                .containsPattern("admin +alice")
                .containsPattern("analyst +bob +russia \\+security");
    }

    @Test
    void addsAnOutsideReviewerWhoIsAssignedNothing() {
        assertThat(user("the reviewer's password\n", "add", "--role", "reviewer", "carol").out()).contains("Added reviewer carol.");
        assertThat(user("a long enough password\n", "add", "--role", "reviewer", "--relationship", "russia", "dave").err())
                .contains("only analysts are assigned relationships");

        assertThat(user("", "list").out()).containsPattern("reviewer +carol").doesNotContain("dave");
    }

    @Test
    void refusesWhatItCannotTakeAndStoresNothing() {
        assertThat(user("short\n", "add", "--role", "admin", "alice").err()).contains("password: at least 10 characters");
        assertThat(user("a long enough password\n", "add", "--role", "boss", "alice").err()).contains("--role: \"boss\" is not a role");
        assertThat(user("a long enough password\n", "add", "--role", "analyst", "--relationship", "mars", "alice").err())
                .contains("relationship: no relationship has the code \"mars\"");
        assertThat(user("", "add", "--role", "admin", "alice").err()).contains("no password on standard input");
        assertThat(user("a long enough password\n", "add", "--role", "admin", "alice").status()).isZero();
        assertThat(user("a long enough password\n", "add", "--role", "editor", "alice").err()).contains("username: \"alice\" is taken");

        assertThat(user("", "list").out().lines().count()).isEqualTo(1);
    }
}
