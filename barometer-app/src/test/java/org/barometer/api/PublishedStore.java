package org.barometer.api;

import java.util.List;

import org.barometer.importer.SampleIssue;
import org.barometer.issue.IssueRef;
import org.barometer.issue.IssueStore;
import org.barometer.issue.Revisions;
import org.barometer.method.Catalogue;
import org.barometer.method.DateExpression;
import org.barometer.method.Event;
import org.barometer.method.Issue;
import org.barometer.method.IssueStatus;
import org.barometer.method.Period;
import org.barometer.method.Relationship;
import org.barometer.method.SecurityCatalogue;
import org.barometer.method.SecurityEvent;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The store the API tests read: the published No. 17 (118 relationship events, 21 security events), a draft No. 18, a
 * No. 19 in review, and an unpublished correction of No. 17. Everything not published carries the text DRAFT-ONLY.
 */
final class PublishedStore {

    static final String UNPUBLISHED = "DRAFT-ONLY";

    private PublishedStore() {
    }

    static void fill(IssueStore store, Revisions revisions, SampleIssue sample, JdbcClient jdbc) {
        sample.loadIntoEmptyStore().orElseThrow();
        store.insert(unpublished(18, IssueStatus.DRAFT), List.of());
        store.insert(unpublished(19, IssueStatus.IN_REVIEW), List.of());
        IssueRef correction = revisions.copyAsCorrection(revisions.ref(17).orElseThrow(), "DRAFT-ONLY-NOTE of a correction not yet published");
        jdbc.sql("update event set description = 'DRAFT-ONLY-EVENT ' || description, description_ru = 'DRAFT-ONLY-EVENT' where issue_id = ?")
                .param(correction.id()).update();
        jdbc.sql("update event set description = 'DRAFT-ONLY-EVENT security', national = -3 where issue_id = ? and kind = 'security'")
                .param(correction.id()).update();
        jdbc.sql("update issue set title = 'DRAFT-ONLY-TITLE' where id = ?").param(correction.id()).update();
    }

    static Issue unpublished(int number, IssueStatus status) {
        Period period = Period.of(String.format("%d-01", 2020 + number - 17), String.format("%d-02", 2020 + number - 17));
        DateExpression day = DateExpression.parse("5 January", period);
        Catalogue catalogue = new Catalogue(new Relationship("draftonly", "DRAFT-ONLY-RELATIONSHIP"),
                List.of(new Event(day, "DRAFT-ONLY-EVENT in No. " + number, 3, "DRAFT-ONLY-EVENT", List.of("https://example.org/DRAFT-ONLY"))));
        SecurityCatalogue security = new SecurityCatalogue(List.of(new SecurityEvent(day, "DRAFT-ONLY-EVENT exercise", -3, -3)));
        return new Issue(number, period, "DRAFT-ONLY-TITLE " + number, status, null, null, List.of(catalogue), security, List.of());
    }
}
