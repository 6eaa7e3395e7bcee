package org.barometer.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.barometer.WebTest;
import org.barometer.importer.SampleIssue;
import java.util.List;

import org.barometer.issue.IssueChanged;
import org.barometer.issue.IssueStore;
import org.barometer.method.Catalogue;
import org.barometer.method.Issue;
import org.barometer.method.IssueStatus;
import org.barometer.method.Period;
import org.barometer.method.Relationship;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What was kept before the input rules refused it never breaks what readers fetch: characters XML cannot carry
 * (U+000B, U+0001) leave the feed well-formed XML; a relationship an old import coded "security" leaves the search,
 * pages and downloads answering.
 */
@WebTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OldDataTests {

    @Autowired
    MockMvc web;

    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    void publishNo17WithControlCharactersWrittenStraightIntoTheStore(@Autowired SampleIssue sample, @Autowired IssueStore issues,
                                                                      @Autowired ApplicationEventPublisher events) {
        sample.loadIntoEmptyStore().orElseThrow();
        jdbc.sql("update issue set title = ?, correction_note = ? where issue_number = 17")
                .params("Minsk\u000BBarometer", "Figures\u0001 corrected").update();
        jdbc.sql("update event set description = 'Talks\u000B held\u0001' where id = (select min(id) from event)").update();
        Issue no17 = issues.find(17).orElseThrow();
        Period period = Period.of("2020-11", "2020-12");
        issues.insert(new Issue(18, period, "Minsk Barometer", IssueStatus.PUBLISHED, null, null,
                List.of(new Catalogue(new Relationship("security", "Security"), List.of())), no17.security(), List.of()), List.of());
        events.publishEvent(new IssueChanged(17));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/feed.atom", "/", "/issues", "/issues/17", "/issues/17.pdf", "/issues/18", "/issues/18.pdf", "/api/v1/issues", "/data/events.json",
            "/data/events.csv", "/search?q=talks", "/search?q=minsk", "/search?relationship=security", "/api/v1/events?q=minsk",
            "/api/v1/events?relationship=security", "/relationships/russia", "/relationships/security", "/api/v1/relationships", "/data/indices.json",
            "/security", "/security?lang=ru", "/method", "/data"})
    void readersStillGetEveryPage(String path) throws Exception {
        web.perform(get(path)).andExpect(status().isOk());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/feed.atom"})
    void theFeedIsWellFormedWithTheCharactersReplaced(String path) throws Exception {
        String feed = web.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        var entries = Feeds.entries(Feeds.parse(feed));
        assertThat(entries).hasSize(2);
        assertThat(entries.get(1)).contains("Minsk\uFFFDBarometer", "Correction: Figures\uFFFD corrected");
    }
}
