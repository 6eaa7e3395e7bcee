package org.barometer.catalogue;

import java.util.ArrayList;
import java.util.List;

import org.barometer.json.Json;
import org.barometer.method.Scores;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** An event as the change log keeps it, before or after a change: small JSON text, read back for the history page. */
record Snapshot(Integer version, String date, String description, String descriptionRu, List<String> sources, List<Integer> scores,
                String relationship) {


    public List<String> signedScores() {
        return scores.stream().map(Scores::signed).toList();
    }

    static String json(Subject subject, Entry entry) {
        ObjectNode node = Json.object();
        if (!subject.isSecurity()) {
            node.put("relationship", subject.code());
        }
        node.put("version", entry.version());
        node.put("date", entry.date().written());
        node.put("description", entry.description());
        node.put("descriptionRu", entry.descriptionRu());
        List<String> fields = subject.scoreFields();
        for (int i = 0; i < fields.size(); i++) {
            node.put(fields.get(i), entry.scores().get(i));
        }
        entry.sources().forEach(node.putArray("sources")::add);
        return Json.write(node);
    }

    /** The snapshot in a change-log value; null for a value that is not there (before a creation, after a deletion). */
    static Snapshot read(Subject subject, String json) {
        if (json == null || json.isBlank()) {
            return null;
        }
        JsonNode node = Json.read(json);
        List<Integer> scores = new ArrayList<>();
        for (String field : subject.scoreFields()) {
            scores.add(node.path(field).asInt());
        }
        List<String> sources = new ArrayList<>();
        node.path("sources").forEach(source -> sources.add(source.asString()));
        return new Snapshot(node.has("version") ? node.get("version").asInt() : null, node.path("date").asString(""),
                node.path("description").asString(""), node.path("descriptionRu").asString(""), sources, scores,
                node.path("relationship").asString(""));
    }
}
