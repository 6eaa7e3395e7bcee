package org.barometer.opendata;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.barometer.publicdata.Edition;
import org.barometer.publicdata.PublishedData;
import org.barometer.publicdata.PublishedEvent;
import org.barometer.system.StrongEtag;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.context.request.WebRequest;

/**
 * The published events and indices as CSV and JSON, and the page that describes every column. The bytes are written
 * once per set of published revisions and served with an ETag and Last-Modified, so a reader's cache can answer 304.
 */
@Controller
class OpenDataController {

    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final PublishedData data;
    private final AtomicReference<Files> cache = new AtomicReference<>();

    OpenDataController(PublishedData data) {
        this.data = data;
    }

    /** The four downloads of one set of published revisions. */
    record Files(String edition, OffsetDateTime lastModified, Map<String, byte[]> bodies, Map<String, String> etags) {
    }

    @GetMapping("/data")
    String dictionary() {
        return "publicsite/data";
    }

    @GetMapping("/data/events.csv")
    ResponseEntity<byte[]> eventsCsv(WebRequest request) {
        return serve("events.csv", CSV, request);
    }

    @GetMapping("/data/events.json")
    ResponseEntity<byte[]> eventsJson(WebRequest request) {
        return serve("events.json", MediaType.APPLICATION_JSON, request);
    }

    @GetMapping("/data/indices.csv")
    ResponseEntity<byte[]> indicesCsv(WebRequest request) {
        return serve("indices.csv", CSV, request);
    }

    @GetMapping("/data/indices.json")
    ResponseEntity<byte[]> indicesJson(WebRequest request) {
        return serve("indices.json", MediaType.APPLICATION_JSON, request);
    }

    private ResponseEntity<byte[]> serve(String name, MediaType type, WebRequest request) {
        Files files = current();
        String etag = files.etags().get(name);
        long modified = files.lastModified() == null ? -1 : files.lastModified().toInstant().toEpochMilli();
        if (request.checkNotModified(etag, modified)) {
            return null;
        }
        return ResponseEntity.ok()
                .contentType(type)
                .cacheControl(CacheControl.noCache())
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"barometer-" + name + "\"")
                .body(files.bodies().get(name));
    }

    /** The files of the revisions published now; written again only when a publication changed them. */
    private Files current() {
        Edition edition = data.edition();
        Files cached = cache.get();
        if (cached != null && cached.edition().equals(edition.key())) {
            return cached;
        }
        List<OpenDataFiles.IndexRow> rows = edition.issues().stream()
                .flatMap(p -> data.content(edition, p.number()).stream().map(issue -> new OpenDataFiles.IndexRow(p, issue)))
                .toList();
        List<PublishedEvent> events = OpenDataFiles.events(data);
        Map<String, byte[]> bodies = Map.of(
                "events.csv", OpenDataFiles.eventsCsv(events),
                "events.json", OpenDataFiles.eventsJson(events),
                "indices.csv", OpenDataFiles.indicesCsv(rows),
                "indices.json", OpenDataFiles.indicesJson(rows));
        Map<String, String> etags = new HashMap<>();
        bodies.forEach((name, body) -> etags.put(name, StrongEtag.of(body)));
        Files fresh = new Files(edition.key(), edition.lastPublished().orElse(null), bodies, etags);
        cache.set(fresh);
        return fresh;
    }
}
