package org.barometer.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

import org.barometer.WebTest;
import org.barometer.account.Actor;
import org.barometer.account.Role;
import org.barometer.account.TestActors;
import org.barometer.audit.ChangeJson;
import org.barometer.audit.ChangeLog;
import org.barometer.importer.SampleIssue;
import org.barometer.importer.WordFiles;
import org.barometer.issue.IssueRef;
import org.barometer.issue.IssueStore;
import org.barometer.issue.Relationships;
import org.barometer.issue.Revisions;
import org.barometer.method.Issue;
import org.barometer.method.IssueStatus;
import org.barometer.method.Relationship;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every role against every write endpoint of the workspace, on an issue in draft, in review and published, and against
 * the pages that show what only some may see (double scoring, the codebook, suggestions).
 * Each refused request answers 403 and leaves every table exactly as it was; each allowed one is not refused
 * (it runs in a transaction that is rolled back, so the cells do not disturb each other).
 */
@WebTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixTests {

    static final int PUBLISHED = 17;
    static final int DRAFT = 18;
    static final int IN_REVIEW = 19;
    /** A relationship the draft and the issue in review cover without an event: a finding to acknowledge, or to remove. */
    static final String EMPTY = "lithuania";

    /** Who asks. */
    enum Who {
        ANONYMOUS(null), ADMIN(TestActors.admin()), EDITOR(TestActors.editor()),
        ANALYST_RUSSIA(TestActors.analyst("russia")), ANALYST_CHINA(TestActors.analyst("china")), ANALYST_SECURITY(TestActors.securityAnalyst()),
        /** An analyst of a relationship these issues do not cover: works on none of them. */
        ANALYST_ELSEWHERE(TestActors.analyst("poland")),
        /** An external reviewer, the second coder of Russia's sample in every issue here. */
        REVIEWER(TestActors.reviewer()),
        /** An analyst of no part, second coder of the security catalogue's sample with an event still to score: scores it blind. */
        SECOND_CODER(TestActors.as(new Actor("analyst-second", Role.ANALYST, Set.of(), false)));

        final RequestPostProcessor signedIn;

        Who(RequestPostProcessor signedIn) {
            this.signedIn = signedIn;
        }
    }

    /** A write endpoint: how to ask it for an issue, and who may on an issue in each status (none on others tested). */
    record Write(String name, Function<Integer, AbstractMockHttpServletRequestBuilder<?>> request, Map<IssueStatus, Set<Who>> allowed) {
        @Override
        public String toString() {
            return name;
        }
    }

    @Autowired
    MockMvc web;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    IssueStore issues;

    @Autowired
    Revisions revisions;

    @Autowired
    SampleIssue sample;

    @Autowired
    ChangeLog changes;

    @Autowired
    Relationships relationships;

    @BeforeAll
    void issuesInEveryStatus() {
        sample.loadIntoEmptyStore();
        Issue published = issues.find(PUBLISHED).orElseThrow();
        issues.insert(published.withNumberAndPeriod(DRAFT, published.period()).withStatus(IssueStatus.DRAFT), List.of());
        issues.insert(published.withNumberAndPeriod(IN_REVIEW, published.period()).withStatus(IssueStatus.DRAFT), List.of());
        revisions.changeStatus(revisions.ref(IN_REVIEW).orElseThrow(), IssueStatus.IN_REVIEW);
        relationships.add(Relationship.named("Lithuania"));
        for (int number : new int[] {DRAFT, IN_REVIEW}) {
            jdbc.sql("insert into issue_relationship (issue_id, relationship_id, seq, heading) select ?, id, 99, name from relationship where code = ?")
                    .params(revisions.ref(number).orElseThrow().id(), EMPTY).update();
        }
        for (int number : new int[] {PUBLISHED, DRAFT, IN_REVIEW}) {
            jdbc.sql("insert into issue_author (issue_id, seq, name, affiliation, biography) values (?, 0, 'A. Author', 'Institute', 'Bio')")
                    .param(revisions.ref(number).orElseThrow().id()).update();
            jdbc.sql("insert into forecast_statement (issue_id, seq, subject, figure, comparison, threshold_low, about_issue) "
                    + "values (?, 1, 'russia', 'AGGREGATE', 'ABOVE', 0, ?)").params(revisions.ref(number).orElseThrow().id(), number + 1).update();
            IssueRef ref = revisions.ref(number).orElseThrow();
            String date = jdbc.sql("select e.date_written from event e where e.issue_id = ? and e.kind = 'security' order by e.id fetch first 1 rows only")
                    .param(ref.id()).query(String.class).single();
            changes.record("editor", ref, ChangeLog.Entity.SECURITY_EVENT, -1L, ChangeLog.Action.DELETE, ChangeJson.of("version", 0, "date", date,
                    "description", "An exercise deleted earlier", "descriptionRu", "", "national", -1, "regional", -1, "sources", List.of()), null);
            changes.record("editor", ref, ChangeLog.Entity.NARRATIVE, null, ChangeLog.Action.EDIT, ChangeJson.of("subject", "foreword",
                    "part", "text", "language", "en", "version", 1, "body", "An earlier foreword."), ChangeJson.of("subject", "foreword",
                    "part", "text", "language", "en", "version", 2, "body", "A later foreword."));
        }
        // Russia's first event is in a sample the reviewer has scored; its second is in no sample
        for (int number : new int[] {PUBLISHED, DRAFT, IN_REVIEW}) {
            long row = revisions.ref(number).orElseThrow().id();
            jdbc.sql("insert into double_sample (issue_id, catalogue, share_percent, seed, second_coder, changed_by) values (?, 'russia', 30, 7, 'reviewer', 'editor')")
                    .param(row).update();
            jdbc.sql("insert into second_score (issue_id, event_uid, catalogue, added, coder, score, scored_at) values (?, ?, 'russia', 'DRAWN', 'reviewer', 3, current_timestamp)")
                    .params(row, russiaUid(number, 0)).update();
        }
        // the security catalogue's first event is in a sample the analyst scoring second has not scored yet
        for (int number : new int[] {PUBLISHED, DRAFT, IN_REVIEW}) {
            long row = revisions.ref(number).orElseThrow().id();
            jdbc.sql("insert into double_sample (issue_id, catalogue, share_percent, seed, second_coder, changed_by) values (?, 'security', 30, 7, 'analyst-second', 'editor')")
                    .param(row).update();
            String uid = jdbc.sql("select uid from event where issue_id = ? and kind = 'security' order by seq fetch first 1 rows only")
                    .param(row).query(String.class).single();
            jdbc.sql("insert into second_score (issue_id, event_uid, catalogue, added) values (?, ?, 'security', 'DRAWN')").params(row, uid).update();
        }
        // an anchor of the codebook to change and to remove
        jdbc.sql("insert into codebook_anchor (relationship_code, score, event_uid, rationale, chosen_by) select 'russia', score, uid, 'Kept', 'editor' "
                + "from event where uid = ? and issue_id = ?").params(publishedUid(0), revisions.ref(PUBLISHED).orElseThrow().id()).update();
        // everything the issue in review holds is acknowledged, so that the editor's publishing is not refused for a finding
        IssueRef inReview = revisions.ref(IN_REVIEW).orElseThrow();
        for (String key : findingKeys(IN_REVIEW)) {
            jdbc.sql("insert into finding_acknowledgement (issue_id, finding_key, reason, acknowledged_by) values (?, ?, 'Kept', 'editor')")
                    .params(inReview.id(), key).update();
        }
    }

    /** Who may on a draft; nobody on an issue in review or published. */
    static Map<IssueStatus, Set<Who>> draftsOnly(Who... who) {
        return Map.of(IssueStatus.DRAFT, Set.of(who), IssueStatus.IN_REVIEW, Set.of(), IssueStatus.PUBLISHED, Set.of());
    }

    List<Write> writes() {
        Set<Who> editor = Set.of(Who.EDITOR);
        Map<IssueStatus, Set<Who>> editorUnlessPublished = Map.of(IssueStatus.DRAFT, editor, IssueStatus.IN_REVIEW, editor, IssueStatus.PUBLISHED, Set.of());
        Map<IssueStatus, Set<Who>> russia = Map.of(IssueStatus.DRAFT, Set.of(Who.EDITOR, Who.ANALYST_RUSSIA),
                IssueStatus.IN_REVIEW, editor, IssueStatus.PUBLISHED, Set.of());
        Map<IssueStatus, Set<Who>> security = Map.of(IssueStatus.DRAFT, Set.of(Who.EDITOR, Who.ANALYST_SECURITY),
                IssueStatus.IN_REVIEW, editor, IssueStatus.PUBLISHED, Set.of());
        Map<IssueStatus, Set<Who>> anyIssue = Map.of(IssueStatus.DRAFT, editor);
        Map<IssueStatus, Set<Who>> draftEditorOnly = Map.of(IssueStatus.DRAFT, editor, IssueStatus.IN_REVIEW, Set.of(),
                IssueStatus.PUBLISHED, Set.of());
        List<Write> writes = new ArrayList<>(List.of(
                new Write("add a relationship", n -> post("/workspace/relationships").param("name", "the Nordic States"), anyIssue),
                new Write("add an account", n -> post("/workspace/accounts").param("username", "newcomer")
                        .param("password", "a long enough password").param("role", "EDITOR"), Map.of(IssueStatus.DRAFT, Set.of(Who.ADMIN))),
                new Write("create an issue", n -> post("/workspace/issues").param("number", "40").param("title", "New")
                        .param("first", "2021-01").param("last", "2021-02").param("relationships", "russia")
                        .param("lowest", "-3").param("highest", "3"), anyIssue),
                new Write("submit", n -> post("/workspace/issues/" + n + "/submit"),
                        Map.of(IssueStatus.DRAFT, editor, IssueStatus.PUBLISHED, Set.of())),
                new Write("send back", n -> post("/workspace/issues/" + n + "/send-back").param("comment", "More sources, please"),
                        Map.of(IssueStatus.IN_REVIEW, editor, IssueStatus.PUBLISHED, Set.of())),
                new Write("publish, confirmed by the issue's number", n -> post("/workspace/issues/" + n + "/publish").param("number", n.toString()),
                        Map.of(IssueStatus.IN_REVIEW, editor, IssueStatus.PUBLISHED, Set.of())),
                new Write("acknowledge a finding", n -> post("/workspace/issues/" + n + "/acknowledge").param("key", "empty-" + EMPTY)
                        .param("reason", "Not covered this time"), editorUnlessPublished),
                // in review the matrix's issue has every finding acknowledged, so the editor is answered 422 there (PublishChecklistTests)
                new Write("acknowledge every open finding of a kind", n -> post("/workspace/issues/" + n + "/acknowledge-kind")
                        .param("kind", "part-not-ready").param("reason", "Marked later"), draftOnly(editorUnlessPublished)),
                new Write("remove an empty relationship from the issue", n -> post("/workspace/issues/" + n + "/relationships/" + EMPTY + "/remove"),
                        editorUnlessPublished),
                new Write("correct", n -> post("/workspace/issues/" + n + "/correct").param("note", "A score was wrong"),
                        Map.of(IssueStatus.PUBLISHED, editor)),
                new Write("add an author", n -> post("/workspace/issues/" + n + "/authors").param("name", "B. Author")
                        .param("affiliation", "Centre").param("biography", "Writes."), editorUnlessPublished),
                new Write("remove an author", n -> post("/workspace/issues/" + n + "/authors/0/delete"), editorUnlessPublished),
                new Write("write Russia's narrative", n -> post("/workspace/issues/" + n + "/narrative/russia")
                        .param("body.trends.en", "1. A trend").param("version.trends.en", "0"), russia),
                new Write("write the national security narrative", n -> post("/workspace/issues/" + n + "/narrative/national")
                        .param("body.forecast.en", "Calm").param("version.forecast.en", "0"), security),
                new Write("add a forecast statement to Russia's forecast", n -> post("/workspace/issues/" + n + "/narrative/russia/forecasts")
                        .param("figure", "aggregate").param("comparison", "above").param("threshold", "+1").param("probability", "70"),
                        draftsOnly(Who.EDITOR, Who.ANALYST_RUSSIA)),
                new Write("remove a forecast statement of Russia's forecast", n -> post("/workspace/issues/" + n + "/narrative/russia/forecasts/1/delete"),
                        draftsOnly(Who.EDITOR, Who.ANALYST_RUSSIA)),
                new Write("add a forecast statement to regional security", n -> post("/workspace/issues/" + n + "/narrative/regional/forecasts")
                        .param("figure", "regional").param("comparison", "below").param("threshold", "-3"),
                        draftsOnly(Who.EDITOR, Who.ANALYST_SECURITY)),
                new Write("write the foreword", n -> post("/workspace/issues/" + n + "/narrative/foreword")
                        .param("body.text.en", "Dear readers").param("version.text.en", "0"), editorUnlessPublished),
                new Write("change the title, period and scale", n -> post("/workspace/issues/" + n + "/details").param("was", was(n))
                        .param("title", "Renamed").param("first", "2020-09").param("last", "2020-10")
                        .param("bands[0].colour", "White").param("bands[0].meaning", "All"), editorUnlessPublished),
                new Write("write the acknowledgements", n -> post("/workspace/issues/" + n + "/narrative/acknowledgements")
                        .param("body.thanks.en", "Thanks to the reviewers").param("version.thanks.en", "0"), editorUnlessPublished),
                new Write("add an event to Russia", n -> post("/workspace/issues/" + n + "/catalogue/russia/events")
                        .param("date", "5 October").param("description", "Talks").param("score", "1"), russia),
                new Write("edit an event of Russia", n -> post("/workspace/issues/" + n + "/catalogue/russia/events/" + eventId(n, "relationship"))
                        .param("date", "5 October").param("description", "Talks, edited").param("score", "2")
                        .param("version", "0"), russia),
                new Write("delete an event of Russia", n -> post("/workspace/issues/" + n + "/catalogue/russia/events/" + eventId(n, "relationship") + "/delete")
                        .param("version", "0"), russia),
                new Write("add a security event", n -> post("/workspace/issues/" + n + "/security/events")
                        .param("date", "5 October").param("description", "Exercise").param("national", "-1").param("regional", "-1"), security),
                new Write("edit a security event", n -> post("/workspace/issues/" + n + "/security/events/" + eventId(n, "security"))
                        .param("date", "5 October").param("description", "Exercise, edited").param("national", "-1").param("regional", "-2")
                        .param("version", "0"), security),
                new Write("delete a security event", n -> post("/workspace/issues/" + n + "/security/events/" + eventId(n, "security") + "/delete")
                        .param("version", "0"), security),
                new Write("preview rows pasted into Russia", n -> post("/workspace/issues/" + n + "/catalogue/russia/paste")
                        .param("pasted", "5 October\tTalks\t1\n6 October\tMore talks\t-1"), russia),
                new Write("paste rows into Russia", n -> post("/workspace/issues/" + n + "/catalogue/russia/paste/confirm")
                        .param("pasted", "5 October\tTalks\t1\n6 October\tMore talks\t-1"), russia),
                new Write("preview rows pasted into security", n -> post("/workspace/issues/" + n + "/security/paste")
                        .param("pasted", "5 October\tExercise\t-1\t-1"), security),
                new Write("paste security rows", n -> post("/workspace/issues/" + n + "/security/paste/confirm")
                        .param("pasted", "5 October\tExercise\t-1\t-1"), security),
                new Write("upload a Word table into Russia", n -> multipart("/workspace/issues/" + n + "/catalogue/russia/upload")
                        .file(new MockMultipartFile("file", "russia.docx", null, WordFiles.document(List.of(
                                WordFiles.Table.of("Date\tEvent\tScore", "5 October\tTalks\t1"))))), russia),
                new Write("upload a Word table into security", n -> multipart("/workspace/issues/" + n + "/security/upload")
                        .file(new MockMultipartFile("file", "security.docx", null, WordFiles.document(List.of(
                                WordFiles.Table.of("Date\tEvent\tNational\tRegional", "5 October\tExercise\t-1\t-1"))))), security),
                new Write("mark Russia's part ready", n -> post("/workspace/issues/" + n + "/parts/russia/ready").param("note", "Sources checked"),
                        draftOnly(russia)),
                new Write("mark Russia's part in progress", n -> post("/workspace/issues/" + n + "/parts/russia/in-progress"), draftOnly(russia)),
                new Write("mark the security part ready", n -> post("/workspace/issues/" + n + "/parts/security/ready"), draftOnly(security)),
                new Write("mark the foreword ready", n -> post("/workspace/issues/" + n + "/parts/foreword/ready"), draftOnly(editorUnlessPublished)),
                new Write("send Russia's part back", n -> post("/workspace/issues/" + n + "/parts/russia/send-back").param("comment", "Add the sources"),
                        editorUnlessPublished),
                new Write("draw a sample of Russia", n -> post("/workspace/issues/" + n + "/double/russia/draw").param("share", "30")
                        .param("seed", "11"), editorUnlessPublished),
                new Write("add an event to Russia's sample", n -> post("/workspace/issues/" + n + "/double/russia/add")
                        .param("event", russiaUid(n, 1)), editorUnlessPublished),
                new Write("take an event out of Russia's sample", n -> post("/workspace/issues/" + n + "/double/russia/remove")
                        .param("event", russiaUid(n, 0)), editorUnlessPublished),
                new Write("set the score of record of a double-scored event", n -> post("/workspace/issues/" + n + "/double/russia/decide")
                        .param("event", russiaUid(n, 0)).param("score", "2").param("reason", "Closer to the sources"), editorUnlessPublished),
                new Write("score an event of Russia's sample second", n -> post("/workspace/issues/" + n + "/second/russia")
                        .param("event", russiaUid(n, 0)).param("score", "1"),
                        Map.of(IssueStatus.DRAFT, Set.of(Who.REVIEWER), IssueStatus.IN_REVIEW, Set.of(Who.REVIEWER), IssueStatus.PUBLISHED, Set.of())),
                new Write("restore a deleted event from the history", n -> post("/workspace/issues/" + n + "/history/"
                        + changeId(n, "security-event") + "/restore-event"), draftEditorOnly),
                new Write("restore a narrative text from the history", n -> post("/workspace/issues/" + n + "/history/"
                        + changeId(n, "narrative") + "/restore-text"), draftEditorOnly),
                new Write("choose an anchor event for the codebook", n -> post("/workspace/codebook/russia/anchors")
                        .param("uid", publishedUid(1)).param("rationale", "Talks without a result").param("rationaleRu", "Переговоры без итога"), anyIssue),
                new Write("change an anchor's rationale", n -> post("/workspace/codebook/russia/anchors")
                        .param("uid", publishedUid(0)).param("rationale", "Other words"), anyIssue),
                new Write("remove an anchor from the codebook", n -> post("/workspace/codebook/russia/anchors/" + publishedUid(0) + "/remove"), anyIssue),
                new Write("include the codebook in the issue's PDF", n -> post("/workspace/issues/" + n + "/codebook-in-pdf").param("include", "true"),
                        editorUnlessPublished)));
        return writes;
    }

    /** A page of the workspace that shows what not everyone may see, and who may open it on an issue in any status. */
    record Read(String name, Function<Integer, String> path, Set<Who> allowed) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** The pages of double scoring, the codebook and the suggestions: the first scores never reach the second coder. */
    List<Read> reads() {
        // the second coder of the security sample is an analyst: suggestions show published events only, so they get them
        Set<Who> members = Set.of(Who.ADMIN, Who.EDITOR, Who.ANALYST_RUSSIA, Who.ANALYST_CHINA, Who.ANALYST_SECURITY, Who.ANALYST_ELSEWHERE,
                Who.SECOND_CODER);
        Set<Who> signedIn = Stream.concat(members.stream(), Stream.of(Who.REVIEWER)).collect(java.util.stream.Collectors.toSet());
        return List.of(
                new Read("the double-scoring overview, with both scores", n -> "/workspace/issues/" + n + "/double", Set.of(Who.EDITOR)),
                new Read("Russia's sample, with the first scores", n -> "/workspace/issues/" + n + "/double/russia", Set.of(Who.EDITOR)),
                new Read("the samples one scores second", n -> "/workspace/second", signedIn),
                new Read("the blind page of Russia's sample", n -> "/workspace/issues/" + n + "/second/russia", Set.of(Who.REVIEWER)),
                new Read("the editor's codebook", n -> "/workspace/codebook?relationship=russia", Set.of(Who.EDITOR)),
                new Read("suggestions from similar past events", n -> "/workspace/issues/" + n + "/suggestions?q=visit", members));
    }

    Stream<Arguments> readCells() {
        List<Arguments> cells = new ArrayList<>();
        for (Read read : reads()) {
            for (int number : new int[] {DRAFT, IN_REVIEW, PUBLISHED}) {
                for (Who who : Who.values()) {
                    cells.add(Arguments.of(read, number, who, read.allowed().contains(who)));
                }
            }
        }
        return cells.stream();
    }

    @ParameterizedTest(name = "{0} of No. {1} for {2}: allowed {3}")
    @MethodSource("readCells")
    void showsEachPageOnlyToWhoMaySeeIt(Read read, int number, Who who, boolean allowed) throws Exception {
        var request = get(read.path().apply(number)).header("Accept", "text/html");
        if (who.signedIn != null) {
            request.with(who.signedIn);
        }
        var answer = web.perform(request).andReturn().getResponse();
        if (allowed) {
            assertThat(answer.getStatus()).as("allowed").isEqualTo(200);
        } else if (who == Who.ANONYMOUS) {
            assertThat(answer.getStatus()).as("sent to sign in").isEqualTo(302);
            assertThat(answer.getRedirectedUrl()).endsWith("/login");
        } else {
            assertThat(answer.getStatus()).as("refused").isEqualTo(403);
        }
    }

    Stream<Arguments> cells() {
        List<Arguments> cells = new ArrayList<>();
        for (Write write : writes()) {
            write.allowed().forEach((status, allowed) -> {
                for (Who who : Who.values()) {
                    cells.add(Arguments.of(write, status, who, allowed.contains(who)));
                }
            });
        }
        return cells.stream();
    }

    @ParameterizedTest(name = "{0} on an issue {1} by {2}: allowed {3}")
    @MethodSource("cells")
    void refusesWithForbiddenAndChangesNothingUnlessAllowed(Write write, IssueStatus status, Who who, boolean allowed) throws Exception {
        int number = status == IssueStatus.DRAFT ? DRAFT : status == IssueStatus.IN_REVIEW ? IN_REVIEW : PUBLISHED;
        AbstractMockHttpServletRequestBuilder<?> request = write.request().apply(number).with(csrf());
        if (who.signedIn != null) {
            request.with(who.signedIn);
        }
        if (allowed) {
            int answer = transaction.execute(tx -> {
                tx.setRollbackOnly();
                try {
                    return web.perform(request).andReturn().getResponse().getStatus();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            assertThat(answer).as("allowed, so neither refused nor failing").isBetween(200, 399);
        } else {
            Map<String, List<String>> before = everyRow();
            assertThat(web.perform(request).andReturn().getResponse().getStatus()).isEqualTo(403);
            assertThat(everyRow()).isEqualTo(before);
        }
    }

    /** The pages and exports that show the security catalogue's first scores or its first coder, on the draft. */
    Stream<String> waysIntoTheSecurityScores() {
        long event = eventId(DRAFT, "security");
        return Stream.of("/workspace/issues/" + DRAFT + "/security", "/workspace/issues/" + DRAFT + "/security/events/" + event + "/history",
                "/workspace/issues/" + DRAFT + "/narrative/security", "/workspace/issues/" + DRAFT + "/narrative/national",
                "/workspace/issues/" + DRAFT + "/narrative/regional", "/workspace/issues/" + DRAFT + ".xlsx", "/issues/" + DRAFT,
                "/issues/" + DRAFT + ".pdf");
    }

    @ParameterizedTest(name = "{0} for the analyst scoring security second, blind")
    @MethodSource("waysIntoTheSecurityScores")
    void refusesThePartScoredBlindToItsSecondCoderOnly(String path) throws Exception {
        var blind = web.perform(get(path).with(Who.SECOND_CODER.signedIn)).andReturn().getResponse();
        assertThat(blind.getStatus()).isEqualTo(403);
        assertThat(org.jsoup.Jsoup.parse(blind.getContentAsString()).select("#blind").text()).contains("blind", "No. " + DRAFT);
        for (Who who : List.of(Who.EDITOR, Who.ANALYST_SECURITY, Who.ANALYST_ELSEWHERE)) {
            assertThat(web.perform(get(path).with(who.signedIn)).andReturn().getResponse().getStatus()).as(who.name()).isEqualTo(200);
        }
    }

    @ParameterizedTest(name = "{0} without security for the analyst scoring it second, blind")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"", "/history", "/publish"})
    void showsTheIssueWithoutThePartScoredBlind(String page) throws Exception {
        String path = "/workspace/issues/" + DRAFT + page;
        var blind = org.jsoup.Jsoup.parse(web.perform(get(path).with(Who.SECOND_CODER.signedIn)).andReturn().getResponse().getContentAsString());
        var sighted = org.jsoup.Jsoup.parse(web.perform(get(path).with(Who.ANALYST_ELSEWHERE.signedIn)).andReturn().getResponse().getContentAsString());
        String aboutSecurity = "#security, #part-security, #narrative-security, #narrative-national, #narrative-regional";
        assertThat(blind.select("#blind-note").text()).contains("Security barometer");
        assertThat(blind.select(aboutSecurity)).isEmpty();
        assertThat(sighted.select("#blind-note")).isEmpty();
        if (page.isEmpty()) {
            assertThat(sighted.select(aboutSecurity)).isNotEmpty();
        }
    }

    /** Who may on a draft and on a published issue; in review the editor is answered 409 (ReadinessTests), not 403. */
    private static Map<IssueStatus, Set<Who>> draftOnly(Map<IssueStatus, Set<Who>> allowed) {
        return Map.of(IssueStatus.DRAFT, allowed.get(IssueStatus.DRAFT), IssueStatus.PUBLISHED, Set.of());
    }

    /** What the editor's details form of the issue says it was opened on; empty where the editor gets no form. */
    private String was(int number) {
        try {
            var form = web.perform(get("/workspace/issues/" + number + "/details").with(TestActors.editor())).andReturn().getResponse();
            return form.getStatus() == 200 ? org.jsoup.Jsoup.parse(form.getContentAsString()).select("input[name=was]").attr("value") : "";
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The keys of the findings the checklist of an issue offers the editor to acknowledge. */
    private List<String> findingKeys(int number) {
        try {
            String page = web.perform(get("/workspace/issues/" + number + "/publish").with(TestActors.editor())).andReturn().getResponse()
                    .getContentAsString();
            return org.jsoup.Jsoup.parse(page).select("form[id^=ack-] input[name=key]").eachAttr("value");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The change of the history the matrix restores: the first of an entity in the issue. */
    private long changeId(int number, String entity) {
        return jdbc.sql("select id from change_log where issue_number = ? and entity = ? order by id fetch first 1 rows only")
                .params(number, entity).query(Long.class).single();
    }

    /** The stable id of one of Russia's events in an issue, by its place. */
    private String russiaUid(int number, int place) {
        return jdbc.sql("""
                        select e.uid from event e join issue i on i.id = e.issue_id join relationship r on r.id = e.relationship_id
                        where i.issue_number = ? and r.code = 'russia' order by e.seq""")
                .param(number).query(String.class).list().get(place);
    }

    /** The uid of a published event of Russia's catalogue, by its place among them. */
    private String publishedUid(int place) {
        return jdbc.sql("select e.uid from event e join issue i on i.id = e.issue_id where i.issue_number = ? and e.kind = 'relationship' "
                + "and e.relationship_id = (select id from relationship where code = 'russia') order by e.id").param(PUBLISHED)
                .query(String.class).list().get(place);
    }

    private long eventId(int number, String kind) {
        return jdbc.sql("select e.id from event e join issue i on i.id = e.issue_id where i.issue_number = ? and e.kind = ? order by e.id fetch first 1 rows only")
                .params(number, kind).query(Long.class).single();
    }

    /** Every row of every table of the application, as text, to compare before and after. */
    private Map<String, List<String>> everyRow() {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        for (String table : jdbc.sql("select table_name from information_schema.tables where table_schema = 'PUBLIC' order by table_name")
                .query(String.class).list()) {
            rows.put(table, jdbc.sql("select * from \"" + table + "\"").query((rs, n) -> {
                StringBuilder row = new StringBuilder();
                for (int column = 1; column <= rs.getMetaData().getColumnCount(); column++) {
                    row.append(rs.getString(column)).append('|');
                }
                return row.toString();
            }).list().stream().sorted().toList());
        }
        return rows;
    }
}
