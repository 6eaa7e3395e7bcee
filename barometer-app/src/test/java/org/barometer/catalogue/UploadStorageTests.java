package org.barometer.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.barometer.Stores;
import org.barometer.TestDatabase;
import org.barometer.account.Actor;
import org.barometer.account.Role;
import org.barometer.audit.ChangeLog;
import org.barometer.importer.WordFiles;
import org.barometer.method.Issue;
import org.barometer.method.IssueStatus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The rows of an uploaded sheet or Word table, read as the preview and the confirmation read them, stored in one
 * transaction on H2 and PostgreSQL: every row, in order, each recorded in the change log; a file over the row limit
 * stores nothing.
 */
class UploadStorageTests {

    private static final Actor EDITOR = new Actor("editor", Role.EDITOR, Set.of(), false);

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aSheetAtTheRowLimitAndAWordTableAreStoredWholeOnConfirm(TestDatabase database) {
        Stores stores = Stores.on(database.fresh(), CatalogueEditing.class, Entries.class);
        Issue issue = Issues.issue(88, IssueStatus.DRAFT);
        stores.issues().insert(issue, List.of());
        List<List<Object>> rows = new ArrayList<>(List.of(List.of("Date", "Event", "Score", "Russian description")));
        for (int i = 1; i <= PastedRows.MAX_ROWS; i++) {
            rows.add(List.of(i % 2 == 0 ? "Mid-April" : "5 March", "Talks, round " + i, i % 7 - 3, "Переговоры, раунд " + i));
        }
        byte[] document = WordFiles.document(WordFiles.catalogues(issue));

        int sheet = store(stores, issue, Stored.RUSSIA, Sheets.workbook("Sheet1", rows));
        int table = store(stores, issue, Subject.security(), document);

        Stored stored = Stored.of(stores.get(Entries.class), stores.revisions(), stores.get(ChangeLog.class), 88);
        assertThat(sheet).isEqualTo(PastedRows.MAX_ROWS);
        assertThat(stored.russia()).hasSize(2 + PastedRows.MAX_ROWS);
        assertThat(stored.russia().get(2 + 1_233).description()).isEqualTo("Talks, round 1234");
        assertThat(stored.russia().get(2 + 1_233).descriptionRu()).isEqualTo("Переговоры, раунд 1234");
        assertThat(stored.russia().get(2 + 1_233).scores()).containsExactly(1_234 % 7 - 3);
        assertThat(table).isEqualTo(2);
        assertThat(stored.security()).extracting(Entry::description).containsExactly("Air defence drill near the western border",
                "Patrol flights along the frontier", "Air defence drill near the western border", "Patrol flights along the frontier");
        assertThat(stored.changes()).hasSize(PastedRows.MAX_ROWS + 2).allMatch(change -> change.action() == ChangeLog.Action.CREATE);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aSheetOverTheRowLimitIsRefusedAndStoresNothing(TestDatabase database) {
        Stores stores = Stores.on(database.fresh(), CatalogueEditing.class, Entries.class);
        Issue issue = Issues.issue(89, IssueStatus.DRAFT);
        stores.issues().insert(issue, List.of());
        Stored before = Stored.of(stores.get(Entries.class), stores.revisions(), stores.get(ChangeLog.class), 89);
        List<List<Object>> rows = new ArrayList<>(List.of(List.of("Date", "Event", "Score")));
        for (int i = 0; i <= PastedRows.MAX_ROWS; i++) {
            rows.add(List.of("5 March", "Talks", 1));
        }

        assertThat(UploadedRows.read(Sheets.workbook("Sheet1", rows), Stored.RUSSIA, issue.period()).refusal().key()).isEqualTo("catalogue.upload.too-many");
        assertThat(store(stores, issue, Stored.RUSSIA, Sheets.workbook("Sheet1", rows))).isZero();

        assertThat(Stored.of(stores.get(Entries.class), stores.revisions(), stores.get(ChangeLog.class), 89)).isEqualTo(before);
    }

    /** Reads the file as the upload does, then its text as the confirmation does, and stores the rows if they all read; how many. */
    private static int store(Stores stores, Issue issue, Subject subject, byte[] file) {
        UploadedRows uploaded = UploadedRows.read(file, subject, issue.period());
        if (uploaded.refused()) {
            return 0;
        }
        PastedRows rows = PastedRows.read(uploaded.text(), subject, issue.period(), issue.bound());
        assertThat(rows.storable()).as(String.valueOf(rows.rows().stream().filter(r -> !r.accepted()).findFirst())).isTrue();
        return stores.get(CatalogueEditing.class).addAll(EDITOR, issue.number(), subject, rows.drafts()).size();
    }
}
