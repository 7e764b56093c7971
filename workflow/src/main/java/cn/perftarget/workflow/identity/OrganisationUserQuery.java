package cn.perftarget.workflow.identity;

import java.util.List;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.Page;
import org.camunda.bpm.engine.impl.UserQueryImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;

/** Camunda's user query answered from our users. */
class OrganisationUserQuery extends UserQueryImpl {

    private final transient IdentityDirectory directory;

    OrganisationUserQuery(IdentityDirectory directory) {
        this.directory = directory;
    }

    OrganisationUserQuery(CommandExecutor executor, IdentityDirectory directory) {
        super(executor);
        this.directory = directory;
    }

    @Override
    public long executeCount(CommandContext commandContext) {
        checkQueryOk();
        return matchesNobody() ? 0 : directory.countUsers(this);
    }

    @Override
    public List<User> executeList(CommandContext commandContext, Page page) {
        checkQueryOk();
        return matchesNobody() ? List.of() : directory.findUsers(this, page);
    }

    /** We keep no tenants, and process start is not restricted to users (potentialStarter). */
    private boolean matchesNobody() {
        return tenantId != null || procDefId != null;
    }
}
