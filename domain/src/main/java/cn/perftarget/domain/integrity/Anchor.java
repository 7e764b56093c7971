package cn.perftarget.domain.integrity;

import java.time.Instant;

/**
 * An anchor as stored: its number (1, 2, 3 …), when, how many chains existed and how many heads moved since the
 * anchor before (those are recorded with it), the security log's end, and the digest chained to the one before.
 */
record Anchor(
        long anchorNo,
        Instant at,
        int chains,
        int changed,
        long securitySeq,
        String securityHash,
        String prevDigest,
        String digest) {

    /** prevDigest of the first anchor */
    static final String GENESIS = "0".repeat(64);
}
