package cn.perftarget.workflow.security;

import cn.perftarget.domain.security.SecurityEvent;
import cn.perftarget.domain.security.SecurityEventType;
import cn.perftarget.domain.security.SecurityLog;
import cn.perftarget.domain.security.SecurityOutcome;
import cn.perftarget.domain.user.AppUser;
import cn.perftarget.workflow.error.WorkflowException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Writes the security log entries of the workflow and the web layer, each with the client's address of the current
 * request. Each entry commits on its own ({@link SecurityLog#append}), whatever happens to the caller's transaction.
 */
@Component
public class SecurityAudit {

    private static final Logger log = LoggerFactory.getLogger(SecurityAudit.class);

    private final SecurityLog securityLog;
    private final ObjectProvider<ClientAddress> clientAddress;

    SecurityAudit(SecurityLog securityLog, ObjectProvider<ClientAddress> clientAddress) {
        this.securityLog = securityLog;
        this.clientAddress = clientAddress;
    }

    public void success(SecurityEventType type, String subject, @Nullable String object, @Nullable String details) {
        write(type, subject, object, SecurityOutcome.SUCCESS, details, null);
    }

    public void failure(SecurityEventType type, String subject, @Nullable String object, @Nullable String details) {
        write(type, subject, object, SecurityOutcome.FAILURE, details, null);
    }

    /** With the client's address given (e.g. read by the login filter from its request). */
    public void write(
            SecurityEventType type,
            String subject,
            @Nullable String object,
            SecurityOutcome outcome,
            @Nullable String details,
            @Nullable String client) {
        String address = client != null ? client : currentAddress();
        securityLog.append(new SecurityEvent(type, subject, object, outcome, address, details));
    }

    /** 越权访问被拒绝: a refusal of a workflow service ({@code what}: the call and its table or task). */
    public void refused(AppUser user, String what, WorkflowException refusal) {
        try {
            failure(
                    SecurityEventType.ACCESS_REFUSED,
                    user.username(),
                    what,
                    refusal.text().key());
        } catch (RuntimeException e) {
            // the refusal itself must reach the user whatever happens to its record
            log.error("security log: refusal of {} ({}) not written", user.username(), what, e);
        }
    }

    private @Nullable String currentAddress() {
        ClientAddress source = clientAddress.getIfAvailable();
        return source == null ? null : source.current();
    }
}
