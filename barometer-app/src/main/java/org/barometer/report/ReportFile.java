package org.barometer.report;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** One rendering of an issue: its content, a file name for it, and which revision it shows. */
public record ReportFile(String name, ReportFormat format, byte[] content, int number, int revision, boolean draft) {

    /** The file as a web answer, shown in the browser and named for saving. */
    public ResponseEntity<byte[]> answer() {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(format.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(name).build().toString())
                .body(content);
    }
}
