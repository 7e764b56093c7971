package cn.perftarget.domain.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The TOTP secret is sealed for one user under a key outside the database; codes follow RFC 6238. */
@SpringBootTest
class SecondFactorSecretsTest {

    @Autowired
    SecretSealer sealer;

    @Autowired
    Totp totp;

    @Test
    void aSealedSecretOpensOnlyForItsUser() {
        String secret = totp.newSecret();
        String sealed = sealer.seal("admin", secret);
        assertThat(sealed).startsWith("v1:").doesNotContain(secret);
        assertThat(sealer.seal("admin", secret)).as("a fresh nonce each time").isNotEqualTo(sealed);
        assertThat(sealer.open("admin", sealed)).isEqualTo(secret);
        assertThatThrownBy(() -> sealer.open("anquan", sealed)).isInstanceOf(IllegalStateException.class);
        String tampered = sealed.substring(0, 10) + (sealed.charAt(10) == 'A' ? 'B' : 'A') + sealed.substring(11);
        assertThatThrownBy(() -> sealer.open("admin", tampered)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void rfc6238TestVector() {
        // RFC 6238 appendix B, SHA-1, T = 59 s: 94287082 in 8 digits, so 287082 in 6
        String rfcSecret = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"; // "12345678901234567890" in Base32
        assertThat(totp.code(rfcSecret, Totp.step(Instant.ofEpochSecond(59)))).isEqualTo("287082");
    }

    @Test
    void aCodeMatchesItsStepAndTheNeighboursOnly() {
        String secret = totp.newSecret();
        Instant now = Instant.parse("2026-12-05T02:00:15Z");
        long step = Totp.step(now);
        assertThat(totp.matches(secret, totp.code(secret, step), now)).hasValue(step);
        assertThat(totp.matches(secret, totp.code(secret, step - 1), now)).hasValue(step - 1);
        assertThat(totp.matches(secret, totp.code(secret, step + 2), now)).isEmpty();
        assertThat(totp.matches(secret, "12345", now)).isEmpty();
        assertThat(totp.qrDataUri(secret, "admin", "绩效目标表审批系统")).startsWith("data:image/png;base64,");
    }
}
