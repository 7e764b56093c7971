package cn.perftarget.domain.integrity;

import cn.perftarget.domain.security.SecurityEventType;
import cn.perftarget.domain.security.SecurityLog;
import cn.perftarget.domain.security.SecurityLogEntry;
import cn.perftarget.domain.security.SecurityOutcome;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * The state of the chains for the health endpoint: the latest AUDIT_CHECK entry of the security log, one indexed
 * read, the same on every node of a cluster whichever ran the check.
 */
@Service
public class IntegrityStatus {

    private final SecurityLog securityLog;

    IntegrityStatus(SecurityLog securityLog) {
        this.securityLog = securityLog;
    }

    /** The latest check; empty before the first. */
    public Optional<AuditCheckStatus> latest() {
        return securityLog.latest(SecurityEventType.AUDIT_CHECK, 1).stream()
                .findFirst()
                .map(IntegrityStatus::status);
    }

    private static AuditCheckStatus status(SecurityLogEntry entry) {
        String details = entry.event().details();
        Map<String, String> note = IntegrityNote.fields(details);
        boolean intact = entry.event().outcome() == SecurityOutcome.SUCCESS;
        return new AuditCheckStatus(
                entry.at(),
                intact,
                IntegrityNote.broken(details),
                number(note.get("more")).intValue(),
                intact ? number(note.get("anchor")) : null);
    }

    private static Long number(@Nullable String text) {
        try {
            return text == null ? 0L : Long.parseLong(text);
        } catch (NumberFormatException e) {
            return 0L;
        }
    }
}
