package cn.perftarget.domain.integrity;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The latest check of the chains, as the security log recorded it (whichever node ran it).
 *
 * @param at            when it ran
 * @param intact        whether every chain held
 * @param brokenChains  the chains that failed ({@code table:<id>}, {@code security-log}, {@code anchors})
 * @param moreBroken    how many more failed than are named
 * @param anchorNo      the anchor written by a check that held, null otherwise
 */
public record AuditCheckStatus(
        Instant at,
        boolean intact,
        List<String> brokenChains,
        int moreBroken,
        @Nullable Long anchorNo) {

    public AuditCheckStatus {
        brokenChains = List.copyOf(brokenChains);
    }
}
