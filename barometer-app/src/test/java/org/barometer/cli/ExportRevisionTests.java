package org.barometer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.barometer.Stores;
import org.barometer.issue.EventContent;
import org.barometer.issue.IssueRef;
import org.barometer.method.DateExpression;
import org.barometer.method.Period;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `export` during an open correction: the published revision unless a revision is named. */
class ExportRevisionTests {

    @TempDir
    Path data;

    String published;

    Cli barometer(String... args) {
        return Cli.onStore(data, args);
    }

    /** No. 17 as published, then a correction opened on it that adds an event to the draft. */
    @BeforeEach
    void aCorrectionIsOpen() {
        ImportedSeed.copyInto(data);
        published = barometer("export", "--issue", "17", "--format", "json").out();
        JdbcDataSource h2 = new JdbcDataSource();
        EmbeddedStore store = new EmbeddedStore(data);
        h2.setURL(store.url());
        h2.setUser(EmbeddedStore.USER);
        h2.setPassword(store.prepare());
        try (Stores stores = Stores.on(h2)) {
            stores.transactions().executeWithoutResult(status -> {
                IssueRef draft = stores.revisions().copyAsCorrection(stores.revisions().ref(17).orElseThrow(), "A visit was missing");
                stores.events().add(draft.id(), "russia", new EventContent(DateExpression.parse("3 October", Period.of("2020-09", "2020-10")),
                        "A visit added by the correction", "", List.of(), List.of(2)));
            });
        }
    }

    @Test
    void exportsThePublishedRevisionAndSaysADraftIsOpen() {
        Cli export = barometer("export", "--issue", "17", "--format", "json");

        assertThat(export.status()).isZero();
        assertThat(export.out()).isEqualTo(published).contains("\"status\" : \"published\"").doesNotContain("A visit added by the correction");
        assertThat(export.err()).isEqualTo("barometer: exported revision 1 of issue No. 17, the published one;"
                + " revision 2 is a draft (give --revision 2 to export it)" + System.lineSeparator());
    }

    @Test
    void exportsTheDraftWhenItsRevisionIsNamed() {
        Cli draft = barometer("export", "--issue", "17", "--format", "csv", "--revision", "2");
        Cli first = barometer("export", "--issue", "17", "--format", "json", "--revision", "1");

        assertThat(draft.status()).isZero();
        assertThat(draft.out()).contains("issue,,status,draft").contains("A visit added by the correction");
        assertThat(draft.err()).isEmpty();
        assertThat(first.out()).isEqualTo(published);
    }

    @Test
    void refusesARevisionTheIssueDoesNotHave() {
        Cli export = barometer("export", "--issue", "17", "--format", "json", "--revision", "3");

        assertThat(export.status()).isEqualTo(1);
        assertThat(export.err()).isEqualTo("barometer: issue No. 17 has no revision 3 (it has 1, 2)" + System.lineSeparator());
        assertThat(export.out()).isEmpty();
    }
}
