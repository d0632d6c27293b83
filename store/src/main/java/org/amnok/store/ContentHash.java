package org.amnok.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.regex.Pattern;

/** The identity of a text: SHA-256 of it in NFC with white space runs collapsed to one space and trimmed. */
final class ContentHash {
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private ContentHash() {
    }

    /** 64 lower-case hex digits; equal for texts that differ only in white space or Unicode composition. */
    static String of(String text) {
        String normal = SPACE.matcher(Normalizer.normalize(text, Normalizer.Form.NFC)).replaceAll(" ").strip();
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(normal.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JVM lacks SHA-256, which every Java platform must have", e);
        }
    }
}
