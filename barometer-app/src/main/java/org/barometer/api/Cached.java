package org.barometer.api;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import org.barometer.publicdata.PublishedData;
import org.barometer.system.StrongEtag;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * Published data changes only when something is published, so every answer carries a strong ETag (the SHA-256 of its
 * body) and the time of the latest publication; Spring answers 304 to a request that already has it.
 */
@Component
class Cached {

    static final CacheControl FIVE_MINUTES = CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic();

    private final PublishedData published;
    private final JsonMapper json;

    Cached(PublishedData published, JsonMapper json) {
        this.published = published;
        this.json = json;
    }

    /** Bodies of published revisions, which never change: serialised and hashed once, by a key naming the revision. */
    private final java.util.Map<String, Body> revisions = new java.util.concurrent.ConcurrentHashMap<>();

    private record Body(byte[] bytes, String etag) {
    }

    /**
     * The answer for data of one published revision (the key must name it, as {@code Edition.key(number)} does):
     * computed on first use, then served from memory, since a published revision is never changed.
     */
    ResponseEntity<byte[]> revision(String key, java.util.function.Supplier<String> body, MediaType type) {
        Body cached = revisions.computeIfAbsent(key, k -> {
            byte[] bytes = body.get().getBytes(StandardCharsets.UTF_8);
            return new Body(bytes, StrongEtag.of(bytes));
        });
        return answer(cached.bytes(), cached.etag(), type);
    }

    ResponseEntity<byte[]> json(Object body) {
        return body(json.writeValueAsBytes(body), MediaType.APPLICATION_JSON);
    }

    ResponseEntity<byte[]> text(String body, MediaType type) {
        return body(body.getBytes(StandardCharsets.UTF_8), type);
    }

    private ResponseEntity<byte[]> body(byte[] body, MediaType type) {
        return answer(body, StrongEtag.of(body), type);
    }

    private ResponseEntity<byte[]> answer(byte[] body, String etag, MediaType type) {
        ResponseEntity.BodyBuilder response = ResponseEntity.ok().contentType(type).cacheControl(FIVE_MINUTES).eTag(etag);
        published.lastPublished().ifPresent(time -> response.lastModified(time.toInstant()));
        return response.body(body);
    }

    static Instant epoch() {
        return Instant.EPOCH;
    }
}
