package cn.perftarget.ui.health;

import cn.perftarget.domain.integrity.AuditCheckStatus;
import cn.perftarget.domain.integrity.IntegrityStatus;
import java.util.Optional;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The {@code audit} component of {@code /actuator/health}: the latest check of the audit chains (at start and on a
 * schedule, by whichever node of the cluster ran it). DOWN naming the broken chains ({@code table:<id>},
 * {@code security-log}, {@code anchors}) when it failed, UP when everything held, UNKNOWN before the first check.
 * Reads one row; the check itself never runs on a health request.
 */
@Component
class AuditHealthIndicator implements HealthIndicator {

    private final IntegrityStatus status;

    AuditHealthIndicator(IntegrityStatus status) {
        this.status = status;
    }

    @Override
    public Health health() {
        Optional<AuditCheckStatus> latest = status.latest();
        if (latest.isEmpty()) {
            return Health.unknown().withDetail("checkedAt", "never").build();
        }
        AuditCheckStatus s = latest.get();
        if (s.intact()) {
            Health.Builder up = Health.up().withDetail("checkedAt", s.at().toString());
            Long anchor = s.anchorNo();
            if (anchor != null) {
                up.withDetail("anchor", anchor);
            }
            return up.build();
        }
        return Health.down()
                .withDetail("checkedAt", s.at().toString())
                .withDetail("brokenChains", s.brokenChains())
                .withDetail("moreBrokenChains", s.moreBroken())
                .build();
    }
}
