package org.barometer.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.barometer.WebTest;
import org.barometer.importer.SampleIssue;
import org.barometer.issue.IssueRef;
import org.barometer.issue.IssueStore;
import org.barometer.issue.Revisions;
import org.barometer.method.IssueStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

@WebTest
class StableEventIdsTests {

    @Autowired
    MockMvc web;

    @Autowired
    IssueStore store;

    @Autowired
    Revisions revisions;

    @Autowired
    SampleIssue sample;

    List<String> uids() throws Exception {
        String body = web.perform(get("/api/v1/events").param("size", "100")).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.items[*].uid");
    }

    @Test
    void anEventKeepsItsIdentifierWhenACorrectionIsPublishedAndTheCacheMovesOn() throws Exception {
        sample.loadIntoEmptyStore().orElseThrow();
        List<String> before = uids();
        String etag = web.perform(get("/api/v1/events").param("size", "100")).andReturn().getResponse().getHeader(HttpHeaders.ETAG);

        IssueRef correction = revisions.copyAsCorrection(revisions.ref(17).orElseThrow(), "A source link fixed");
        assertThat(uids()).isEqualTo(before);
        revisions.changeStatus(correction, IssueStatus.PUBLISHED);

        assertThat(before).hasSize(100).doesNotHaveDuplicates();
        assertThat(uids()).isEqualTo(before);
        web.perform(get("/api/v1/events").param("size", "100").header(HttpHeaders.IF_NONE_MATCH, etag))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].revision").value(2));
        web.perform(get("/api/v1/issues"))
                .andExpect(jsonPath("$.issues[0].revision").value(2))
                .andExpect(jsonPath("$.issues[0].correctionNote").value("A source link fixed"));
        String feed = web.perform(get("/feed.atom")).andReturn().getResponse().getContentAsString();
        assertThat(Feeds.entries(Feeds.parse(feed))).hasSize(2)
                .anySatisfy(entry -> assertThat(entry).contains("urn:barometer:issue:17:revision:2", "Correction: A source link fixed", "/issues/17"))
                .anySatisfy(entry -> assertThat(entry).contains("urn:barometer:issue:17:revision:1"));
    }
}
