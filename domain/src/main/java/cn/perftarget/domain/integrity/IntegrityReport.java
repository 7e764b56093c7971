package cn.perftarget.domain.integrity;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The result of one check of every chain.
 *
 * @param at       when the check ran
 * @param chains   the tables' chains checked
 * @param entries  their entries, the security log's included
 * @param broken   the chains that failed, empty when all held
 * @param anchorNo the anchor written after the check, null when none was (a chain was broken)
 * @param digest   that anchor's digest, null when none was written
 */
public record IntegrityReport(
        Instant at,
        int chains,
        long entries,
        List<BrokenChain> broken,
        @Nullable Long anchorNo,
        @Nullable String digest) {

    public IntegrityReport {
        broken = List.copyOf(broken);
    }

    public boolean intact() {
        return broken.isEmpty();
    }
}
