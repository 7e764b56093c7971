package cn.perftarget.workflow.security;

import cn.perftarget.domain.security.SecurityLogEntry;
import cn.perftarget.domain.security.SecurityLogFilter;
import cn.perftarget.domain.security.SecurityLogQuery;
import cn.perftarget.domain.user.AppUser;
import cn.perftarget.workflow.access.AccessPolicy;
import cn.perftarget.workflow.access.Accounts;
import cn.perftarget.workflow.access.ServiceAction;
import cn.perftarget.workflow.error.NotAllowedException;
import java.util.List;
import org.springframework.stereotype.Service;

/** The security log for the 审计管理员 alone (三员分立): filtered pages, newest first. */
@Service
public class SecurityLogReading {

    private final SecurityLogQuery query;
    private final Accounts accounts;
    private final SecurityAudit audit;

    SecurityLogReading(SecurityLogQuery query, Accounts accounts, SecurityAudit audit) {
        this.query = query;
        this.accounts = accounts;
        this.audit = audit;
    }

    public long count(AppUser reader, SecurityLogFilter filter) {
        check(reader);
        return query.count(filter);
    }

    public List<SecurityLogEntry> page(AppUser reader, SecurityLogFilter filter, int offset, int limit) {
        check(reader);
        return query.page(filter, offset, limit);
    }

    private void check(AppUser reader) {
        AppUser acting = accounts.acting(reader);
        if (!AccessPolicy.mayAttempt(acting, ServiceAction.READ_SECURITY_LOG)) {
            NotAllowedException refusal = NotAllowedException.of("error.securityLog.auditAdminOnly");
            audit.refused(acting, "security-log", refusal);
            throw refusal;
        }
    }
}
