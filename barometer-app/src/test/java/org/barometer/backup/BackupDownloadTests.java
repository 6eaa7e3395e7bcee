package org.barometer.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.barometer.Stores;
import org.barometer.TestDatabase;
import org.barometer.WebTest;
import org.barometer.account.TestActors;
import org.barometer.importer.SampleIssue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** The backup of a running server's store, downloaded by an admin from the accounts page. */
@WebTest
class BackupDownloadTests {

    @Autowired
    MockMvc web;

    @Autowired
    SampleIssue sample;

    @BeforeEach
    void anIssueIsStored() {
        sample.loadIntoEmptyStore();
    }

    @Test
    void theAdminDownloadsABackupThatRestoresToTheSameBytes() throws Exception {
        String page = web.perform(get("/workspace/accounts").with(TestActors.admin())).andReturn().getResponse().getContentAsString();
        MockHttpServletResponse download = web.perform(get("/workspace/accounts/backup").with(TestActors.admin()))
                .andExpect(status().isOk()).andReturn().getResponse();

        assertThat(page).contains("href=\"/workspace/accounts/backup\"").contains("Download the backup");
        assertThat(download.getHeader("Content-Disposition")).matches("attachment; filename=\"barometer-backup-\\d{8}T\\d{6}Z\\.json\"");
        assertThat(download.getHeader("Cache-Control")).isEqualTo("no-store");
        Stores restored = Stores.on(TestDatabase.H2.fresh(), Backups.class);
        restored.get(Backups.class).restore(download.getContentAsByteArray(), "download.json", false);
        assertThat(restored.get(Backups.class).write()).isEqualTo(download.getContentAsByteArray());
        assertThat(restored.revisions().ref(17)).isPresent();
    }

    @Test
    void onlyAnAdminMayDownloadIt() throws Exception {
        web.perform(get("/workspace/accounts/backup").with(TestActors.editor())).andExpect(status().isForbidden());
        web.perform(get("/workspace/accounts/backup").with(TestActors.analyst("russia"))).andExpect(status().isForbidden());
        web.perform(get("/workspace/accounts/backup").accept(MediaType.TEXT_HTML)).andExpect(redirectedUrl("/login"));
    }
}
