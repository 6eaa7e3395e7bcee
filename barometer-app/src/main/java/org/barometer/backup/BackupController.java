package org.barometer.backup;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The backup downloaded from a running server (admins only: it is under /workspace/accounts), the way to back up the
 * embedded store while `serve` has it open.
 */
@Controller
class BackupController {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final Backups backups;

    BackupController(Backups backups) {
        this.backups = backups;
    }

    @GetMapping("/workspace/accounts/backup")
    ResponseEntity<byte[]> download() {
        byte[] backup = backups.write();
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("barometer-backup-" + STAMP.format(Clock.systemUTC().instant()) + ".json").build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(backup);
    }
}
