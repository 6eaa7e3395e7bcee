package org.barometer;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Set;

import org.barometer.findings.IssueFinding;
import org.barometer.findings.IssueFindings;
import org.barometer.importer.IssueImport;
import org.barometer.issue.IssueRef;
import org.barometer.issue.Revisions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two servers on one PostgreSQL, as behind a load balancer: a session made on one continues on the other, what is
 * published on one is read on the other, and a sign-in lock made on one holds on the other.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeveralNodesTests {

    static final String PASSWORD = "correct horse battery";

    Node one;
    Node two;

    @BeforeAll
    void twoNodesOnOneDatabase() {
        String database = TestDatabase.newDatabase();
        one = Node.on(database, Map.of());
        two = Node.on(database, Map.of());
        Accounts.add(one, "editor");
        Accounts.add(one, "analyst");
    }

    @AfterAll
    void stop() {
        two.close();
        one.close();
    }

    @Test
    void aSessionMadeOnOneNodeContinuesOnTheOtherAndWhatItPublishesIsReadOnBoth() throws Exception {
        one.get(IssueImport.class).importFile(Seed.path(), new IssueImport.Options(null, null, true, false));
        Node.Visitor editor = new Node.Visitor();
        Node.Visitor reader = new Node.Visitor();
        assertThat(reader.get(two, "/issues/17").statusCode()).isEqualTo(404);
        reader.get(two, "/");
        HttpResponse<String> kept = reader.get(two, "/");
        assertThat(kept.headers().firstValue("X-Cache")).hasValue("HIT");
        assertThat(kept.body()).doesNotContain("/issues/17");

        String token = editor.token(one, "/login");
        String before = editor.cookie("SESSION");
        HttpResponse<String> signedIn = editor.post(one, "/login", token, Map.of("username", "editor", "password", PASSWORD));
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/workspace"));
        // signing in gives the session a new id (no fixation), kept for 8 hours of inactivity
        assertThat(editor.cookie("SESSION")).isNotNull().isNotEqualTo(before);
        assertThat(one.get(JdbcClient.class).sql("select max_inactive_interval from spring_session").query(Integer.class).list())
                .isNotEmpty().containsOnly(8 * 60 * 60);

        HttpResponse<String> workspace = editor.get(two, "/workspace/issues/17");
        assertThat(workspace.statusCode()).isEqualTo(200);
        assertThat(workspace.body()).contains("id=\"submit\"");

        // a form taken on one node is accepted on the other: the CSRF token is in the shared session
        token = editor.token(one, "/workspace/issues/17");
        assertThat(editor.post(two, "/workspace/issues/17/submit", token, Map.of()).statusCode()).isEqualTo(302);
        // every finding acknowledged as the checklist would (the checklist itself is tested in PublishChecklistTests)
        IssueRef ref = one.get(Revisions.class).ref(17).orElseThrow();
        for (IssueFinding finding : one.get(IssueFindings.class).of(ref)) {
            one.get(JdbcClient.class).sql("insert into finding_acknowledgement (issue_id, finding_key, reason, acknowledged_by) values (?, ?, 'Kept', 'editor')")
                    .params(ref.id(), finding.key()).update();
        }
        assertThat(editor.post(one, "/workspace/issues/17/publish", editor.token(two, "/workspace/issues/17/publish"), Map.of("number", "17"))
                .statusCode()).isEqualTo(302);

        // the node that did not publish drops its kept answers within a second (barometer.published.recheck, PT1S)
        Thread.sleep(1100);
        for (Node node : new Node[] {two, one}) {
            HttpResponse<String> page = reader.get(node, "/issues/17");
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).doesNotContain("DRAFT");
            assertThat(reader.get(node, "/").body()).contains("/issues/17");
        }

        // signing out on one node ends the session on every node
        assertThat(editor.post(two, "/logout", editor.token(two, "/workspace"), Map.of()).statusCode()).isEqualTo(302);
        assertThat(editor.get(one, "/workspace/issues/17").statusCode()).isIn(302, 403);
    }

    @Test
    void aSignInLockMadeOnOneNodeHoldsOnTheOther() throws Exception {
        Node.Visitor guesser = new Node.Visitor();
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> refused = guesser.signIn(i % 2 == 0 ? one : two, "analyst", "guess number " + i);
            assertThat(refused.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/login?error"));
        }

        for (Node node : new Node[] {one, two}) {
            HttpResponse<String> locked = guesser.signIn(node, " analyst", PASSWORD);
            assertThat(locked.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/login?throttled"));
        }
    }

    /** Accounts made as `barometer user add` makes them. */
    private static final class Accounts {
        static void add(Node node, String name) {
            org.barometer.account.Role role = name.equals("editor") ? org.barometer.account.Role.EDITOR : org.barometer.account.Role.ANALYST;
            node.get(org.barometer.account.Accounts.class).add(name, PASSWORD, role, Set.of(), false);
        }
    }
}
