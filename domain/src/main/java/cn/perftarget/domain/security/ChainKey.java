package cn.perftarget.domain.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The key of the audit chains — the tables' audit histories, the security log and their anchors: HMAC-SHA256 with
 * the key {@code audit} of {@link KeyFiles}, kept outside the database, so that whoever can write the database
 * cannot recompute a chain. Read once at start: without a key the application does not start (embedded database:
 * generated into the data folder's keys; external: {@code PERFTARGET_KEYS_AUDIT} or {@code audit.key}).
 */
@Component
public class ChainKey {

    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;

    @Autowired
    public ChainKey(KeyFiles keys) {
        this(keys.key("audit"));
    }

    /** A key given as bytes (tests, tools). */
    public ChainKey(byte[] key) {
        this.key = new SecretKeySpec(key.clone(), ALGORITHM);
    }

    /** HMAC-SHA256 of the UTF-8 text, in hex. */
    public String mac(String text) {
        Mac mac = newMac();
        return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** A fresh MAC with this key, for a text fed in parts. */
    public Mac newMac() {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " unavailable", e);
        }
    }

    /** SHA-256 of the UTF-8 text, in hex: the unkeyed hash of the chains' first format. */
    public static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }
}
