package org.barometer.publicsite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.barometer.WebTest;
import org.barometer.catalogue.Issues;
import org.barometer.issue.IssueStore;
import org.barometer.method.IssueStatus;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Pages that list published events date them in the reader's language, as the publication does. */
@WebTest
class RussianDatesTests {

    @Autowired
    MockMvc web;

    @Autowired
    IssueStore issues;

    @Test
    void theSearchAndTheRelationshipPageDateEventsInRussianForRussianReaders() throws Exception {
        issues.insert(Issues.issue(30, IssueStatus.PUBLISHED), List.of());

        assertThat(page("/search?q=visa&lang=ru").select("#results td:nth-child(3)").eachText()).containsExactly("12 марта");
        assertThat(page("/search?q=visa&lang=en").select("#results td:nth-child(3)").eachText()).containsExactly("12 March");
        assertThat(page("/search?relationship=security&lang=ru").select("#results td:nth-child(3)").eachText())
                .containsExactly("20–24 марта", "апрель");
        assertThat(page("/relationships/russia?lang=ru").select("table.events td:nth-child(1)").eachText())
                .containsExactly("3 марта", "середина апреля");
        assertThat(page("/relationships/russia?lang=en").select("table.events td:nth-child(1)").eachText())
                .containsExactly("3 March", "Mid-April");
    }

    private Document page(String path) throws Exception {
        return Jsoup.parse(web.perform(get(path)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }
}
