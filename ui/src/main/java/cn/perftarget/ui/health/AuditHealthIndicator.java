package cn.perftarget.ui.health;

import cn.perftarget.domain.integrity.AuditCheckStatus;
import cn.perftarget.domain.integrity.IntegrityStatus;
import java.util.Optional;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;

/**
 * The {@code audit} component of {@code /actuator/health}: the latest check of the audit chains (at start and on a
 * schedule, by whichever node of the cluster ran it). DOWN naming the broken chains ({@code table:<id>},
 * {@code security-log}, {@code anchors}) when it failed, UP when everything held, UNKNOWN before the first check.
 * Reads one row; the check itself never runs on a health request. DOWN when that row cannot be read (the database
 * away): an {@link AbstractHealthIndicator} turns the failure into DOWN, where an exception made the whole endpoint a
 * 500.
 */
@Component
class AuditHealthIndicator extends AbstractHealthIndicator {

    private final IntegrityStatus status;

    AuditHealthIndicator(IntegrityStatus status) {
        this.status = status;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        Optional<AuditCheckStatus> latest = status.latest();
        if (latest.isEmpty()) {
            builder.unknown().withDetail("checkedAt", "never");
            return;
        }
        AuditCheckStatus s = latest.get();
        if (s.intact()) {
            builder.up().withDetail("checkedAt", s.at().toString());
            Long anchor = s.anchorNo();
            if (anchor != null) {
                builder.withDetail("anchor", anchor);
            }
            return;
        }
        builder.down()
                .withDetail("checkedAt", s.at().toString())
                .withDetail("brokenChains", s.brokenChains())
                .withDetail("moreBrokenChains", s.moreBroken());
    }
}
