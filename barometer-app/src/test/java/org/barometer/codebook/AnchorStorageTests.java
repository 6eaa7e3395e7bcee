package org.barometer.codebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;

import org.barometer.Seed;
import org.barometer.Stores;
import org.barometer.TestDatabase;
import org.barometer.account.Actor;
import org.barometer.account.Role;
import org.barometer.audit.ChangeLog;
import org.barometer.importer.IssueImport;
import org.barometer.issue.IssueRef;
import org.barometer.issue.StoredEvent;
import org.barometer.publicdata.PublishedCodebook;
import org.barometer.publicdata.PublishedData;
import org.barometer.workspace.Refusal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.server.ResponseStatusException;

/** The codebook as the store keeps it on H2 and on PostgreSQL: anchors of published events, the editor's alone, logged. */
class AnchorStorageTests {

    static final Actor EDITOR = new Actor("editor", Role.EDITOR, Set.of(), false);
    static final Actor RUSSIA = new Actor("analyst-russia", Role.ANALYST, Set.of("russia"), false);

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theEditorAnchorsAPublishedEventAtItsScoreAndReadersSeeItWithItsRationale(TestDatabase database) {
        Stores stores = published17(database);
        AnchorChoices choices = stores.get(AnchorChoices.class);
        StoredEvent event = russianEvent(stores, 0);
        int score = event.content().scores().get(0);

        choices.choose(EDITOR, "russia", event.uid(), "  Talks at the top level, nothing signed.  ", "Переговоры на высшем уровне.");

        assertThat(stores.get(Anchors.class).all()).singleElement().satisfies(anchor -> {
            assertThat(anchor.relationship()).isEqualTo("russia");
            assertThat(anchor.score()).isEqualTo(score);
            assertThat(anchor.rationale()).isEqualTo("Talks at the top level, nothing signed.");
            assertThat(anchor.rationale("ru")).isEqualTo("Переговоры на высшем уровне.");
            assertThat(anchor.chosenBy()).isEqualTo("editor");
            assertThat(anchor.chosenAt()).isNotNull();
        });
        PublishedCodebook codebook = stores.get(PublishedData.class).codebook();
        assertThat(codebook.of("russia")).get().satisfies(part -> {
            assertThat(part.name()).isEqualTo("Russia");
            assertThat(part.levels()).singleElement().satisfies(level -> {
                assertThat(level.score()).isEqualTo(score);
                assertThat(level.anchors()).singleElement().satisfies(entry -> {
                    assertThat(entry.event().description()).isEqualTo(event.content().description());
                    assertThat(entry.rationale("en")).isEqualTo("Talks at the top level, nothing signed.");
                });
            });
        });
        assertThat(stores.get(ChangeLog.class).forIssue(17)).first()
                .extracting(ChangeLog.Change::account, c -> c.entity().key(), c -> c.action().key(), ChangeLog.Change::before)
                .containsExactly("editor", "anchor", "add", null);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void choosingTheSameEventAgainChangesItsRationaleAndRemovingItLeavesNoAnchor(TestDatabase database) {
        Stores stores = published17(database);
        AnchorChoices choices = stores.get(AnchorChoices.class);
        StoredEvent event = russianEvent(stores, 1);

        choices.choose(EDITOR, "russia", event.uid(), "First words", "");
        choices.choose(EDITOR, "russia", event.uid(), "Better words", "");
        assertThat(stores.get(Anchors.class).all()).singleElement().extracting(Anchor::rationale).isEqualTo("Better words");

        choices.remove(EDITOR, "russia", event.uid());

        assertThat(stores.get(Anchors.class).all()).isEmpty();
        assertThat(stores.get(PublishedData.class).codebook().isEmpty()).isTrue();
        assertThat(stores.get(ChangeLog.class).forKind(ChangeLog.Entity.ANCHOR, 10)).extracting(c -> c.action().key())
                .containsExactly("remove", "update", "add");
        assertThatThrownBy(() -> choices.remove(EDITOR, "russia", event.uid())).isInstanceOf(ResponseStatusException.class);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void refusesAnyoneButTheEditorAMissingOrUnkeepableRationaleAndAnEventNotPublishedInTheRelationship(TestDatabase database) {
        Stores stores = published17(database);
        AnchorChoices choices = stores.get(AnchorChoices.class);
        String uid = russianEvent(stores, 0).uid();
        String security = stores.events().ofRevisions(List.of(stores.revisions().ref(17).orElseThrow().id())).stream()
                .filter(StoredEvent::isSecurity).findFirst().orElseThrow().uid();

        assertThatThrownBy(() -> choices.choose(RUSSIA, "russia", uid, "Why", "")).isInstanceOf(AccessDeniedException.class);
        assertThat(refusal(() -> choices.choose(EDITOR, "russia", uid, "  ", "\n"))).isEqualTo("codebook.error.rationale-required");
        assertThat(refusal(() -> choices.choose(EDITOR, "russia", uid, "я".repeat(1_001), ""))).isEqualTo("codebook.error.rationale-refused");
        assertThat(refusal(() -> choices.choose(EDITOR, "russia", uid, "Why", "bad\u0001"))).isEqualTo("codebook.error.rationale-refused");
        assertThat(refusal(() -> choices.choose(EDITOR, "russia", "e-never", "Why", ""))).isEqualTo("codebook.error.not-published");
        assertThat(refusal(() -> choices.choose(EDITOR, "china", uid, "Why", ""))).isEqualTo("codebook.error.not-published");
        assertThat(refusal(() -> choices.choose(EDITOR, "russia", security, "Why", ""))).isEqualTo("codebook.error.not-published");

        assertThat(stores.get(Anchors.class).all()).isEmpty();
        assertThat(stores.get(ChangeLog.class).forKind(ChangeLog.Entity.ANCHOR, 10)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theEditorTicksTheCodebookIntoTheDraftsPdfButNotIntoAPublishedRevision(TestDatabase database) {
        Stores stores = published17(database);
        AnchorChoices choices = stores.get(AnchorChoices.class);
        IssueRef published = stores.revisions().ref(17).orElseThrow();
        assertThatThrownBy(() -> choices.includeInPdf(EDITOR, 17, true)).isInstanceOf(AccessDeniedException.class);
        stores.transactions().executeWithoutResult(tx -> stores.revisions().copyAsCorrection(published, "A correction"));
        IssueRef draft = stores.revisions().ref(17).orElseThrow();

        assertThatThrownBy(() -> choices.includeInPdf(RUSSIA, 17, true)).isInstanceOf(AccessDeniedException.class);
        assertThat(choices.inPdf(17)).isFalse();
        choices.includeInPdf(EDITOR, 17, true);

        assertThat(stores.get(Anchors.class).inPdf(draft.id())).isTrue();
        assertThat(stores.get(Anchors.class).inPdf(published.id())).isFalse();
        assertThat(stores.get(ChangeLog.class).forIssue(17)).first().extracting(ChangeLog.Change::before, ChangeLog.Change::after)
                .containsExactly("{\"codebookInPdf\":false}", "{\"codebookInPdf\":true}");
        choices.includeInPdf(EDITOR, 17, false);
        assertThat(choices.inPdf(17)).isFalse();
    }

    private static String refusal(Runnable change) {
        try {
            change.run();
        } catch (Refusal refused) {
            return refused.problem().key();
        }
        throw new AssertionError("not refused");
    }

    private static StoredEvent russianEvent(Stores stores, int seq) {
        return stores.events().catalogue(stores.revisions().ref(17).orElseThrow().id(), "russia").get(seq);
    }

    private static Stores published17(TestDatabase database) {
        Stores stores = Stores.withPublications(database.fresh(), AnchorChoices.class);
        stores.imports().importText("minsk-barometer-17.txt", Seed.text(), IssueImport.Options.NONE);
        return stores;
    }
}
