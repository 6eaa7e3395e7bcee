package org.barometer.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Writes every narrative of a stored issue from its own catalogue, so that a benchmark renders an issue of a real
 * issue's length: numbered trends, a paragraph of developments per event that recalls the one before, a
 * forecast, the same for national and regional security, a foreword, acknowledgements and three authors. The words are
 * the catalogue's, put together at run time; nothing of a published narrative is copied.
 */
final class FullIssue {

    private FullIssue() {
    }

    static void writeNarratives(JdbcClient jdbc, int number) {
        long issue = jdbc.sql("select id from issue where issue_number = ?").param(number).query(Long.class).single();
        Map<String, List<String[]>> events = new LinkedHashMap<>();
        jdbc.sql("""
                select r.code, e.date_written, e.description from event e join relationship r on r.id = e.relationship_id
                where e.issue_id = ? and e.kind = 'relationship' order by r.code, e.seq""").param(issue)
                .query((row, i) -> new String[] {row.getString(1), row.getString(2), row.getString(3)}).list()
                .forEach(row -> events.computeIfAbsent(row[0], code -> new ArrayList<>()).add(new String[] {row[1], row[2]}));
        List<String[]> security = jdbc.sql("select date_written, description from event where issue_id = ? and kind = 'security' order by seq")
                .param(issue).query((row, i) -> new String[] {row.getString(1), row.getString(2)}).list();
        List<String[]> all = new ArrayList<>();
        events.values().forEach(all::addAll);

        events.forEach((code, list) -> {
            narrative(jdbc, issue, code, "trends", trends(list));
            narrative(jdbc, issue, code, "developments", developments(list));
            narrative(jdbc, issue, code, "forecast", forecast(list));
        });
        for (String subject : List.of("national", "regional")) {
            narrative(jdbc, issue, subject, "trends", trends(security));
            narrative(jdbc, issue, subject, "developments", developments(security));
            narrative(jdbc, issue, subject, "forecast", forecast(security));
        }
        narrative(jdbc, issue, "foreword", "text", developments(all.subList(0, 12)));
        narrative(jdbc, issue, "foreword", "signature", "The editor");
        narrative(jdbc, issue, "acknowledgements", "thanks", forecast(all));
        for (int seq = 0; seq < 3; seq++) {
            jdbc.sql("insert into issue_author (issue_id, seq, name, affiliation, biography) values (?, ?, ?, ?, ?)")
                    .params(issue, seq, "Author " + (seq + 1), "Benchmark Institute", forecast(all.subList(seq * 10, seq * 10 + 10))).update();
        }
    }

    private static String trends(List<String[]> events) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < Math.min(6, events.size()); i++) {
            text.append(i + 1).append(". ").append(events.get(i)[1]).append(".\n");
        }
        return text.toString();
    }

    private static String developments(List<String[]> events) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < events.size(); i++) {
            String[] event = events.get(i);
            String[] before = events.get((i + events.size() - 1) % events.size());
            text.append("**").append(event[0]).append(".** ").append(event[1]).append(". It came after *")
                    .append(before[1]).append("* (").append(before[0]).append(").\n\n");
        }
        return text.toString();
    }

    private static String forecast(List<String[]> events) {
        StringBuilder text = new StringBuilder("Developments to watch: ");
        for (String[] event : events) {
            text.append(event[1]).append("; ");
        }
        return text.append("and what follows from them.").toString();
    }

    private static void narrative(JdbcClient jdbc, long issue, String subject, String part, String markdown) {
        jdbc.sql("insert into narrative (issue_id, subject, part, language, body, version) values (?, ?, ?, 'en', ?, 1)")
                .params(issue, subject, part, markdown).update();
    }
}
