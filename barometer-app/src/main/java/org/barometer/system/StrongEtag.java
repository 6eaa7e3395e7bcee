package org.barometer.system;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A strong ETag for a body: its SHA-256 in hex, quoted; equal bodies have equal tags, whoever computes them. */
public final class StrongEtag {

    private StrongEtag() {
    }

    public static String of(byte[] body) {
        try {
            return "\"" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body)) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
