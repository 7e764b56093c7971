package cn.perftarget.domain.integrity;

import cn.perftarget.domain.security.ChainKey;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import javax.crypto.Mac;

/**
 * The digest of an anchor: HMAC-SHA256 with the chain key over its canonical form, lines of text — the format tag
 * {@code anchor-v1}, the number, the time (ISO-8601 UTC), chains, changed, the security log's seq and hash, the digest
 * before — then one line {@code tableId seq hash} per head recorded with it, by table id. Fed head by head, so that
 * the first anchor of a large database needs no text of all its heads at once.
 */
final class AnchorDigest {

    private static final String FORMAT = "anchor-v1";

    private final Mac mac;

    /** Starts the digest of {@code anchor} (its own digest is not read). */
    AnchorDigest(ChainKey key, Anchor anchor) {
        this.mac = key.newMac();
        line(FORMAT);
        line(Long.toString(anchor.anchorNo()));
        line(anchor.at().toString());
        line(Integer.toString(anchor.chains()));
        line(Integer.toString(anchor.changed()));
        line(Long.toString(anchor.securitySeq()));
        line(anchor.securityHash());
        line(anchor.prevDigest());
    }

    /** The next head recorded with the anchor, in the order of the table ids. */
    void head(long tableId, int seq, String hash) {
        line(tableId + " " + seq + " " + hash);
    }

    String finish() {
        return HexFormat.of().formatHex(mac.doFinal());
    }

    private void line(String text) {
        mac.update((text + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
