package cn.perftarget.domain.account;

import cn.perftarget.domain.security.KeyFiles;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * Seals the second factors' secrets for the database: AES-256-GCM under the key {@code totp} of {@link KeyFiles}
 * (kept outside the database), a random 96-bit nonce each time, the username as associated data — a sealed secret
 * copied to another account does not open. Stored form: {@code v1:} and Base64 of nonce, cipher text and tag.
 */
@Component
public class SecretSealer {

    static final String KEY_NAME = "totp";
    private static final String PREFIX = "v1:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final KeyFiles keys;
    private final SecureRandom random = new SecureRandom();

    public SecretSealer(KeyFiles keys) {
        this.keys = keys;
    }

    public String seal(String username, String secret) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, nonce, username);
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[NONCE_BYTES + sealed.length];
            System.arraycopy(nonce, 0, out, 0, NONCE_BYTES);
            System.arraycopy(sealed, 0, out, NONCE_BYTES, sealed.length);
            return PREFIX + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the second factor's secret cannot be sealed", e);
        }
    }

    /** The secret; refuses (IllegalStateException) what was changed, sealed under another key or for another user. */
    public String open(String username, String sealed) {
        if (!sealed.startsWith(PREFIX)) {
            throw new IllegalStateException("not a sealed secret");
        }
        byte[] in = Base64.getDecoder().decode(sealed.substring(PREFIX.length()));
        if (in.length <= NONCE_BYTES) {
            throw new IllegalStateException("not a sealed secret");
        }
        try {
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, Arrays.copyOf(in, NONCE_BYTES), username);
            return new String(cipher.doFinal(in, NONCE_BYTES, in.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the sealed second factor of " + username + " does not open", e);
        }
    }

    private Cipher cipher(int mode, byte[] nonce, String username) throws GeneralSecurityException {
        byte[] key = keys.key(KEY_NAME);
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, new SecretKeySpec(key, 0, 32, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(username.getBytes(StandardCharsets.UTF_8));
        return cipher;
    }
}
