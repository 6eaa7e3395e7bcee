package org.barometer.api;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Supplier;

import org.barometer.json.Json;
import org.barometer.publicdata.Edition;
import org.barometer.publicdata.PublishedData;
import org.barometer.system.StrongEtag.Tagged;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Published data changes only when something is published, so every answer carries a strong ETag (the SHA-256 of its
 * body) and the time of the latest publication; Spring answers 304 to a request that already has it. An answer that
 * depends only on the edition is serialised and hashed once and kept on the edition.
 */
@Component
class Cached {

    static final CacheControl FIVE_MINUTES = CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic();

    private final PublishedData published;

    Cached(PublishedData published) {
        this.published = published;
    }

    /** The JSON answer that one edition always gives under this key: made once, then kept on the edition. */
    ResponseEntity<byte[]> json(Edition edition, String key, Supplier<Object> body) {
        return jsonBytes(edition, key, () -> Json.bytes(body.get()));
    }

    /** The same, for a body that comes as JSON bytes already. */
    ResponseEntity<byte[]> jsonBytes(Edition edition, String key, Supplier<byte[]> body) {
        return answer(edition, edition.made("api:" + key, () -> Tagged.of(body.get())));
    }

    /** A text answer made for this request alone. */
    ResponseEntity<byte[]> text(String body, MediaType type) {
        return answer(published.edition(), Tagged.of(body.getBytes(StandardCharsets.UTF_8)), type);
    }

    /** A JSON answer made for this request alone. */
    ResponseEntity<byte[]> json(Object body) {
        return answer(published.edition(), Tagged.of(Json.bytes(body)), MediaType.APPLICATION_JSON);
    }

    private static ResponseEntity<byte[]> answer(Edition edition, Tagged body) {
        return answer(edition, body, MediaType.APPLICATION_JSON);
    }

    private static ResponseEntity<byte[]> answer(Edition edition, Tagged body, MediaType type) {
        ResponseEntity.BodyBuilder response = ResponseEntity.ok().contentType(type).cacheControl(FIVE_MINUTES).eTag(body.etag());
        edition.lastPublished().ifPresent(time -> response.lastModified(time.toInstant()));
        return response.body(body.body());
    }
}
