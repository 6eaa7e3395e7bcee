package org.barometer.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.options;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.barometer.WebTest;
import org.barometer.importer.SampleIssue;
import org.barometer.indices.IndicesReport;
import org.barometer.issue.IssueStore;
import org.barometer.issue.Revisions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@WebTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublicApiTests {

    @Autowired
    MockMvc web;

    @Autowired
    IssueStore store;

    @Autowired
    Revisions revisions;

    @Autowired
    SampleIssue sample;

    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    void publishNo17BesideDraftsAndAnUnpublishedCorrection() {
        PublishedStore.fill(store, revisions, sample, jdbc);
    }

    @Test
    void listsPublishedIssuesAsTheirLatestPublishedRevision() throws Exception {
        web.perform(get("/api/v1/issues"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.issues", hasSize(1)))
                .andExpect(jsonPath("$.issues[0].number").value(17))
                .andExpect(jsonPath("$.issues[0].revision").value(1))
                .andExpect(jsonPath("$.issues[0].from").value("2020-09-01"))
                .andExpect(jsonPath("$.issues[0].to").value("2020-10-31"))
                .andExpect(jsonPath("$.issues[0].publishedAt").isNotEmpty());
    }

    @Test
    void givesAnIssuesIndicesExactlyAsTheCommandLineDoes() throws Exception {
        String body = web.perform(get("/api/v1/issues/17/indices"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.relationships", hasSize(5)))
                .andExpect(jsonPath("$.security.events").value(21))
                .andReturn().getResponse().getContentAsString();

        assertThat(body).isEqualTo(IndicesReport.jsonText(store.find(17, 1).orElseThrow()));
    }

    @Test
    void listsRelationshipsAndTheirSeries() throws Exception {
        web.perform(get("/api/v1/relationships"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.relationships[*].code").value(org.hamcrest.Matchers.contains("russia", "eu", "china", "us", "ukraine")))
                .andExpect(jsonPath("$.relationships[0].issues[0]").value(17));
        web.perform(get("/api/v1/relationships/russia/series"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Russia"))
                .andExpect(jsonPath("$.points", hasSize(1)))
                .andExpect(jsonPath("$.points[0].issue").value(17))
                .andExpect(jsonPath("$.points[0].events").value(24));
    }

    @Test
    void givesTheSecurityBarometerIssueByIssue() throws Exception {
        web.perform(get("/api/v1/security/series"))
                .andExpect(status().isOk())
                .andExpect(header().exists(HttpHeaders.ETAG))
                .andExpect(jsonPath("$.points", hasSize(1)))
                .andExpect(jsonPath("$.points[0].issue").value(17))
                .andExpect(jsonPath("$.points[0].revision").value(1))
                .andExpect(jsonPath("$.points[0].events").value(21))
                .andExpect(jsonPath("$.points[0].national").value(-8))
                .andExpect(jsonPath("$.points[0].regional").value(-10))
                .andExpect(jsonPath("$.points[0].level").value("Yellow"))
                .andExpect(jsonPath("$.points[0].meaning").isNotEmpty());
    }

    @Test
    void searchesEventsPageByPageWithLinksAndTotals() throws Exception {
        web.perform(get("/api/v1/events"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(139))
                .andExpect(jsonPath("$.size").value(20))
                .andExpect(jsonPath("$.totalPages").value(7))
                .andExpect(jsonPath("$.items", hasSize(20)))
                .andExpect(jsonPath("$.items[0].relationship").value("russia"))
                .andExpect(jsonPath("$.items[0].uid").isNotEmpty())
                .andExpect(jsonPath("$.links.next").value(endsWith("/api/v1/events?page=2")))
                .andExpect(jsonPath("$.links.last").value(endsWith("page=7")))
                .andExpect(jsonPath("$.links.prev").doesNotExist());
        web.perform(get("/api/v1/events").param("relationship", "security").param("size", "100").param("page", "1"))
                .andExpect(jsonPath("$.total").value(21))
                .andExpect(jsonPath("$.items[0].national").isNumber())
                .andExpect(jsonPath("$.items[0].score").isEmpty());
        web.perform(get("/api/v1/events").param("page", "7"))
                .andExpect(jsonPath("$.items", hasSize(19)))
                .andExpect(jsonPath("$.links.next").doesNotExist())
                .andExpect(jsonPath("$.links.prev").value(endsWith("page=6")));
        web.perform(get("/api/v1/events").param("minScore", "3").param("maxScore", "3").param("relationship", "russia"))
                .andExpect(jsonPath("$.items[*].score").value(org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is(3))));
    }

    @Test
    void givesTheColourScaleOfTheLatestPublishedIssue() throws Exception {
        web.perform(get("/api/v1/scale"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.issue").value(17))
                .andExpect(jsonPath("$.bands", hasSize(5)))
                .andExpect(jsonPath("$.bands[0].colour").value("White"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/api/v1/events?size=1000000000     | 400 | size",
            "/api/v1/events?size=0              | 400 | size",
            "/api/v1/events?size=101            | 400 | size",
            "/api/v1/events?page=0              | 400 | page",
            "/api/v1/events?page=two            | 400 | page",
            "/api/v1/events?minScore=abc        | 400 | minScore",
            "/api/v1/events?minScore=2&maxScore=1 | 400 | minScore",
            "/api/v1/events?relationship=mars   | 400 | relationship",
            "/api/v1/events?from=2020-02-30     | 400 | from",
            "/api/v1/events?to=yesterday        | 400 | to",
            "/api/v1/issues/abc/indices         | 400 | number",
            "/api/v1/issues/18/indices          | 404 | 18",
            "/api/v1/issues/99/indices          | 404 | 99",
            "/api/v1/relationships/mars/series  | 404 | mars"})
    void answersBadParametersWithProblemDetailsNamingThem(String url, int status, String named) throws Exception {
        web.perform(get(url).accept(MediaType.APPLICATION_JSON))
                .andExpect(status().is(status))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(status))
                .andExpect(jsonPath("$.title").isNotEmpty())
                .andExpect(jsonPath("$.detail").value(containsString(named)));
    }

    @Test
    void answersARevalidationWithTheSameETagWith304() throws Exception {
        MvcResult first = web.perform(get("/api/v1/events").param("q", "minsk"))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.CACHE_CONTROL, containsString("public")))
                .andExpect(header().string(HttpHeaders.CACHE_CONTROL, containsString("max-age=300")))
                .andReturn();
        String etag = first.getResponse().getHeader(HttpHeaders.ETAG);
        assertThat(etag).startsWith("\"").doesNotStartWith("W/");

        web.perform(get("/api/v1/events").param("q", "minsk").header(HttpHeaders.IF_NONE_MATCH, etag))
                .andExpect(status().isNotModified())
                .andExpect(content().string(""));
        web.perform(get("/api/v1/events").param("q", "kyiv").header(HttpHeaders.IF_NONE_MATCH, etag))
                .andExpect(status().isOk());
    }

    @Test
    void answersARevalidationSinceTheLatestPublicationWith304() throws Exception {
        String lastModified = web.perform(get("/api/v1/issues")).andReturn().getResponse().getHeader(HttpHeaders.LAST_MODIFIED);
        assertThat(lastModified).isNotBlank();

        web.perform(get("/api/v1/issues").header(HttpHeaders.IF_MODIFIED_SINCE, lastModified))
                .andExpect(status().isNotModified());
        web.perform(get("/api/v1/issues").header(HttpHeaders.IF_MODIFIED_SINCE, "Mon, 01 Jan 2001 00:00:00 GMT"))
                .andExpect(status().isOk());
        web.perform(get("/feed.atom").header(HttpHeaders.IF_MODIFIED_SINCE, lastModified))
                .andExpect(status().isNotModified());
    }

    @Test
    void letsAnySiteReadButNotWrite() throws Exception {
        web.perform(get("/api/v1/issues").header(HttpHeaders.ORIGIN, "https://example.org"))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*"));
        web.perform(options("/api/v1/issues").header(HttpHeaders.ORIGIN, "https://example.org")
                        .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "DELETE"))
                .andExpect(status().isForbidden());
        web.perform(post("/api/v1/issues").header(HttpHeaders.ORIGIN, "https://example.org"))
                .andExpect(status().is4xxClientError());
    }

    @Test
    void publishesTheOpenApiDocumentAndItsBrowser() throws Exception {
        web.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/events'].get.parameters[*].name").value(
                        org.hamcrest.Matchers.hasItems("q", "relationship", "minScore", "maxScore", "from", "to", "page", "size")))
                .andExpect(jsonPath("$.paths['/api/v1/issues/{number}/indices']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/scale']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/relationships/{code}/series'].get.description").value(containsString("`covered` is false")))
                .andExpect(jsonPath("$.paths['/api/v1/security/series'].get.description").value(containsString("null, never 0")))
                .andExpect(jsonPath("$.paths['/api/v1/relationships'].get.description").value(containsString("coveredIn")));
        web.perform(get("/swagger-ui/index.html")).andExpect(status().isOk());
    }

    @Test
    void feedIsAtomListingNo17() throws Exception {
        String feed = web.perform(get("/feed.atom"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/atom+xml"))
                .andExpect(header().exists(HttpHeaders.ETAG))
                .andReturn().getResponse().getContentAsString();

        org.w3c.dom.Document atom = Feeds.parse(feed);
        assertThat(atom.getDocumentElement().getLocalName()).isEqualTo("feed");
        assertThat(atom.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/2005/Atom");
        assertThat(Feeds.entries(atom)).hasSize(1);
        assertThat(Feeds.entries(atom).get(0)).contains("No. 17", "/issues/17", "urn:barometer:issue:17:revision:1");
    }

    @Test
    void neverShowsADraftAnIssueInReviewOrAnUnpublishedCorrection() throws Exception {
        for (String url : new String[] {"/api/v1/issues", "/api/v1/issues/17/indices", "/api/v1/relationships",
                "/api/v1/relationships/russia/series", "/api/v1/security/series", "/api/v1/scale", "/feed.atom", "/api/v1/events?size=100",
                "/api/v1/events?size=100&page=2", "/api/v1/events?q=draft-only", "/api/v1/events?relationship=security&size=100",
                "/api/v1/events?minScore=-3&maxScore=-3&size=100", "/api/v1/events?from=2021-01-01&size=100"}) {
            web.perform(get(url)).andExpect(status().isOk())
                    .andExpect(content().string(not(containsString(PublishedStore.UNPUBLISHED))));
        }
        web.perform(get("/api/v1/events").param("q", "draft-only")).andExpect(jsonPath("$.total").value(0));
        web.perform(get("/api/v1/events").param("relationship", "draftonly")).andExpect(status().isBadRequest());
        web.perform(get("/api/v1/issues/18/indices")).andExpect(status().isNotFound())
                .andExpect(content().string(not(containsString(PublishedStore.UNPUBLISHED))));
        web.perform(get("/api/v1/issues/19/indices")).andExpect(status().isNotFound());
    }
}
