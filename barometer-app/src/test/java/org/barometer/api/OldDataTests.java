package org.barometer.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.barometer.WebTest;
import org.barometer.importer.SampleIssue;
import org.barometer.issue.IssueChanged;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Text kept before the input rules refused characters XML cannot carry (U+000B, U+0001) never breaks what readers
 * fetch: the feed stays well-formed XML, the pages and downloads answer.
 */
@WebTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OldDataTests {

    @Autowired
    MockMvc web;

    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    void publishNo17WithControlCharactersWrittenStraightIntoTheStore(@Autowired SampleIssue sample, @Autowired ApplicationEventPublisher events) {
        sample.loadIntoEmptyStore().orElseThrow();
        jdbc.sql("update issue set title = ?, correction_note = ? where issue_number = 17")
                .params("Minsk\u000BBarometer", "Figures\u0001 corrected").update();
        jdbc.sql("update event set description = 'Talks\u000B held\u0001' where id = (select min(id) from event)").update();
        events.publishEvent(new IssueChanged(17));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/feed.atom", "/", "/issues", "/issues/17", "/issues/17.pdf", "/api/v1/issues", "/data/events.json",
            "/data/events.csv", "/search?q=talks", "/api/v1/events?q=talks"})
    void readersStillGetEveryPage(String path) throws Exception {
        web.perform(get(path)).andExpect(status().isOk());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/feed.atom"})
    void theFeedIsWellFormedWithTheCharactersReplaced(String path) throws Exception {
        String feed = web.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        var entries = Feeds.entries(Feeds.parse(feed));
        assertThat(entries).hasSize(1);
        assertThat(entries.get(0)).contains("Minsk\uFFFDBarometer", "Correction: Figures\uFFFD corrected");
    }
}
