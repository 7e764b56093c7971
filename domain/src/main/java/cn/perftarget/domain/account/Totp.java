package cn.perftarget.domain.account;

import dev.samstevens.totp.code.CodeGenerator;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import dev.samstevens.totp.util.Utils;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.OptionalLong;
import org.springframework.stereotype.Component;

/**
 * TOTP (RFC 6238) as authenticator apps make it: SHA-1, 6 digits, 30-second steps, a 160-bit secret in Base32
 * ({@code dev.samstevens.totp}). A code is accepted for its step and the one before or after (clock drift); the
 * caller takes the matched step as used so that no code is accepted twice.
 */
@Component
public class Totp {

    public static final int DIGITS = 6;
    public static final int PERIOD_SECONDS = 30;

    private final CodeGenerator codes = new DefaultCodeGenerator(HashingAlgorithm.SHA1, DIGITS);
    private final DefaultSecretGenerator secrets = new DefaultSecretGenerator(32);

    /** A new random secret (Base32). */
    public String newSecret() {
        return secrets.generate();
    }

    public static long step(Instant at) {
        return Math.floorDiv(at.getEpochSecond(), PERIOD_SECONDS);
    }

    /** The code of that step. */
    public String code(String secret, long step) {
        try {
            return codes.generate(secret, step);
        } catch (CodeGenerationException e) {
            throw new IllegalStateException("a TOTP code cannot be computed", e);
        }
    }

    /** The step whose code this is (now, or one step before or after), empty when none. */
    public OptionalLong matches(String secret, String code, Instant now) {
        String typed = code.strip();
        if (typed.length() != DIGITS || !typed.chars().allMatch(Character::isDigit)) {
            return OptionalLong.empty();
        }
        long current = step(now);
        long found = -1;
        for (long s = current - 1; s <= current + 1; s++) {
            // constant time, and every step compared, so that the time taken tells nothing
            if (MessageDigest.isEqual(
                    code(secret, s).getBytes(StandardCharsets.US_ASCII), typed.getBytes(StandardCharsets.US_ASCII))) {
                found = s;
            }
        }
        return found < 0 ? OptionalLong.empty() : OptionalLong.of(found);
    }

    /** The {@code otpauth://} QR code of the secret as a {@code data:image/png;base64,…} URI, for an img tag. */
    public String qrDataUri(String secret, String account, String issuer) {
        QrData data = new QrData.Builder()
                .label(account)
                .secret(secret)
                .issuer(issuer)
                .algorithm(HashingAlgorithm.SHA1)
                .digits(DIGITS)
                .period(PERIOD_SECONDS)
                .build();
        ZxingPngQrGenerator generator = new ZxingPngQrGenerator();
        try {
            return Utils.getDataUriForImage(generator.generate(data), generator.getImageMimeType());
        } catch (QrGenerationException e) {
            throw new IllegalStateException("the QR code cannot be drawn", e);
        }
    }
}
