package cn.perftarget.workflow.apiclient;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/** Bearer tokens: 256 random bits, URL-safe, with a prefix that says what they are; stored as SHA-256 only. */
public final class TokenHash {

    /** What every token starts with (a secret scanner can find leaked ones by it). */
    public static final String PREFIX = "ptk_";

    private static final SecureRandom RANDOM = new SecureRandom();

    private TokenHash() {}

    static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The stored form of a token (also of anything else that must be compared without being kept). */
    public static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing", e);
        }
    }
}
