package org.barometer.backup;

import java.util.List;

import org.barometer.Seed;
import org.barometer.Stores;
import org.barometer.audit.ChangeLog;
import org.barometer.importer.IssueImport;
import org.barometer.issue.Author;
import org.barometer.issue.Authors;
import org.barometer.issue.EventContent;
import org.barometer.issue.IssueRef;
import org.barometer.method.DateExpression;
import org.barometer.method.Period;

/**
 * A store with something in every table: the published No. 17, an open correction of it (revision 2, with a note, a
 * new event and its change-log entry), authors, a review comment, narratives in English and Russian, a forecast statement, a part marked ready, an acknowledged finding, and accounts
 * with their assignments. Texts carry quotes, new lines and Cyrillic.
 */
final class FullStore {

    private FullStore() {
    }

    static void fill(Stores stores) {
        stores.transactions().executeWithoutResult(status -> {
            stores.imports().importText("minsk-barometer-17.txt", Seed.text(), IssueImport.Options.NONE);
            IssueRef published = stores.revisions().ref(17).orElseThrow();
            IssueRef draft = stores.revisions().copyAsCorrection(published, "Russia's \"aggregate\" corrected\nпоправка");
            var jdbc = stores.jdbc();
            Authors authors = stores.get(Authors.class);
            authors.add(published.id(), new Author(0, "Ana Analyst", "Minsk Dialogue", "Writes on \"Russia\".\nПишет о России."));
            authors.add(draft.id(), new Author(0, "Ana Analyst", "Minsk Dialogue", "Writes on \"Russia\".\nПишет о России."));
            long event = stores.events().add(draft.id(), "russia", new EventContent(DateExpression.parse("3 October", Period.of("2020-09", "2020-10")),
                    "A visit, added in the correction", "Визит", List.of("https://example.org/visit"), List.of(2)));
            stores.get(ChangeLog.class).record("editor", draft, ChangeLog.Entity.EVENT, event, ChangeLog.Action.values()[0], null,
                    "{\"description\":\"A visit\"}");
            jdbc.sql("insert into review_comment (issue_id, author, body) values (?, 'editor', ?)")
                    .params(draft.id(), "Check the <dates>; «кавычки»").update();
            for (String language : List.of("en", "ru")) {
                jdbc.sql("insert into narrative (issue_id, subject, part, language, body, version) values (?, 'russia', 'trends', ?, ?, 2)")
                        .params(draft.id(), language, language.equals("en") ? "1. Trade **grew**\n2. Talks" : "1. Торговля выросла").update();
            }
            jdbc.sql("insert into part_state (issue_id, part, state, note, comment, changed_by) values (?, 'russia', 'READY', ?, ?, 'analyst-russia')")
                    .params(draft.id(), "Sources \"checked\"\nпроверено", "Was: «add the visit»").update();
            jdbc.sql("insert into finding_acknowledgement (issue_id, finding_key, reason, acknowledged_by) values (?, 'authors', ?, 'editor')")
                    .params(draft.id(), "Named on the \"cover\"\nна обложке").update();
            String uid = jdbc.sql("select uid from event where issue_id = ? and kind = 'relationship' order by id fetch first 1 rows only")
                    .param(draft.id()).query(String.class).single();
            jdbc.sql("insert into double_sample (issue_id, catalogue, share_percent, seed, second_coder, changed_by) values (?, 'russia', 30, -42, 'reviewer', 'editor')")
                    .param(draft.id()).update();
            jdbc.sql("insert into second_score (issue_id, event_uid, catalogue, added, coder, score, scored_at) values (?, ?, 'russia', 'HAND', 'reviewer', -3, current_timestamp)")
                    .params(draft.id(), uid).update();
            jdbc.sql("""
                    insert into adjudication (issue_id, event_uid, first_score, second_score, record_score, reason, decided_by)
                    values (?, ?, 1, -3, -2, ?, 'editor')""").params(draft.id(), uid, "Both \"half\" right\nоба правы").update();
            jdbc.sql("insert into codebook_anchor (relationship_code, score, event_uid, rationale, rationale_ru, chosen_by) "
                    + "select 'russia', score, uid, ?, ?, 'editor' from event where issue_id = ? and kind = 'relationship' order by id fetch first 1 rows only")
                    .params("Talks, \"no\" result\nитог", "Переговоры «без итога»", published.id()).update();
            jdbc.sql("insert into issue_option (issue_id, codebook_in_pdf) values (?, true)").param(draft.id()).update();
            jdbc.sql("insert into forecast_statement (issue_id, seq, subject, figure, comparison, threshold_low, threshold_high, about_issue, probability) "
                    + "values (?, 1, 'russia', 'AGGREGATE', 'BETWEEN', -3, 2, 18, '0.625')").param(draft.id()).update();
            jdbc.sql("insert into account (username, password_hash, role, security_analyst) values ('admin', '{bcrypt}$2a$10$abcdefghijklmnopqrstuv', 'ADMIN', false)").update();
            jdbc.sql("insert into account (username, password_hash, role, security_analyst) values ('analyst-russia', '{bcrypt}$2a$10$zyxwvutsrqponmlkjihgfe', 'ANALYST', true)").update();
            jdbc.sql("insert into account_relationship (account_id, relationship_id) select a.id, r.id from account a, relationship r where a.username = 'analyst-russia' and r.code = 'russia'").update();
        });
    }
}
