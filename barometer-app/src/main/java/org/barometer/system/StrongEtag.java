package org.barometer.system;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A strong ETag for a body: its SHA-256 in hex, quoted; equal bodies have equal tags, whoever computes them. */
public final class StrongEtag {

    private StrongEtag() {
    }

    /** A body with its tag, as an answer made once is kept to be served again. */
    public record Tagged(byte[] body, String etag) {
        public static Tagged of(byte[] body) {
            return new Tagged(body, StrongEtag.of(body));
        }
    }

    public static String of(byte[] body) {
        try {
            return "\"" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body)) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
