package org.barometer.opendata;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;

import org.barometer.publicdata.Edition;
import org.barometer.publicdata.PublishedData;
import org.barometer.system.SameForEveryReader;
import org.barometer.system.StrongEtag.Tagged;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.context.request.WebRequest;

/**
 * The published events, indices, reliability and forecast statements as CSV and JSON, and the page that describes every column. The bytes are written
 * once per edition and kept on it, and served with an ETag and Last-Modified, so a reader's cache can answer 304.
 */
@Controller
class OpenDataController {

    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final PublishedData data;

    OpenDataController(PublishedData data) {
        this.data = data;
    }

    /** The API's entry points the data page lists; one with a parameter in its path is shown, not linked. */
    static final List<String> API = List.of("/api/v1/issues", "/api/v1/issues/{number}/indices",
            "/api/v1/issues/{number}/reliability", "/api/v1/relationships",
            "/api/v1/relationships/{code}/series", "/api/v1/security/series", "/api/v1/events", "/api/v1/forecasts", "/api/v1/scale");

    /** An entry point of the API as the data page lists it, with the key of the line that says what it gives. */
    record ApiEntry(String path, boolean linked, String key) {
        static ApiEntry of(String path) {
            return new ApiEntry(path, !path.contains("{"),
                    "site.data.api." + path.substring("/api/v1/".length()).replaceAll("[{}]", "").replace('/', '.'));
        }
    }

    @GetMapping("/data")
    @SameForEveryReader
    String dictionary(Model model) {
        model.addAttribute("api", API.stream().map(ApiEntry::of).toList());
        model.addAttribute("eventColumns", OpenDataFiles.EVENT_COLUMNS);
        model.addAttribute("indexColumns", OpenDataFiles.INDEX_COLUMNS);
        model.addAttribute("reliabilityColumns", OpenDataFiles.RELIABILITY_COLUMNS);
        model.addAttribute("forecastColumns", OpenDataFiles.FORECAST_COLUMNS);
        return "publicsite/data";
    }

    @GetMapping("/data/events.csv")
    @SameForEveryReader
    ResponseEntity<byte[]> eventsCsv(WebRequest request) {
        return serve("events.csv", CSV, edition -> OpenDataFiles.eventsCsv(edition.events()), request);
    }

    @GetMapping("/data/events.json")
    @SameForEveryReader
    ResponseEntity<byte[]> eventsJson(WebRequest request) {
        return serve("events.json", MediaType.APPLICATION_JSON, edition -> OpenDataFiles.eventsJson(edition.events()), request);
    }

    @GetMapping("/data/indices.csv")
    @SameForEveryReader
    ResponseEntity<byte[]> indicesCsv(WebRequest request) {
        return serve("indices.csv", CSV, OpenDataFiles::indicesCsv, request);
    }

    @GetMapping("/data/indices.json")
    @SameForEveryReader
    ResponseEntity<byte[]> indicesJson(WebRequest request) {
        return serve("indices.json", MediaType.APPLICATION_JSON, OpenDataFiles::indicesJson, request);
    }

    @GetMapping("/data/reliability.csv")
    @SameForEveryReader
    ResponseEntity<byte[]> reliabilityCsv(WebRequest request) {
        return serve("reliability.csv", CSV, edition -> OpenDataFiles.reliabilityCsv(data.reliability(edition)), request);
    }

    @GetMapping("/data/reliability.json")
    @SameForEveryReader
    ResponseEntity<byte[]> reliabilityJson(WebRequest request) {
        return serve("reliability.json", MediaType.APPLICATION_JSON, edition -> OpenDataFiles.reliabilityJson(data.reliability(edition)), request);
    }

    @GetMapping("/data/forecasts.csv")
    @SameForEveryReader
    ResponseEntity<byte[]> forecastsCsv(WebRequest request) {
        return serve("forecasts.csv", CSV, edition -> OpenDataFiles.forecastsCsv(data.forecasts(edition)), request);
    }

    @GetMapping("/data/forecasts.json")
    @SameForEveryReader
    ResponseEntity<byte[]> forecastsJson(WebRequest request) {
        return serve("forecasts.json", MediaType.APPLICATION_JSON, edition -> OpenDataFiles.forecastsJson(data.forecasts(edition)), request);
    }

    private ResponseEntity<byte[]> serve(String name, MediaType type, Function<Edition, byte[]> write, WebRequest request) {
        Edition edition = data.edition();
        Tagged file = edition.made("data:" + name, () -> Tagged.of(write.apply(edition)));
        long modified = edition.lastPublished().map(time -> time.toInstant().toEpochMilli()).orElse(-1L);
        if (request.checkNotModified(file.etag(), modified)) {
            return null;
        }
        return ResponseEntity.ok()
                .contentType(type)
                .cacheControl(CacheControl.noCache())
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"barometer-" + name + "\"")
                .body(file.body());
    }
}
