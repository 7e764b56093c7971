package cn.perftarget.workflow.identity;

import java.util.List;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.GroupQueryImpl;
import org.camunda.bpm.engine.impl.Page;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;

/** Camunda's group query answered from our organisation and roles. */
class OrganisationGroupQuery extends GroupQueryImpl {

    private final transient IdentityDirectory directory;

    OrganisationGroupQuery(IdentityDirectory directory) {
        this.directory = directory;
    }

    OrganisationGroupQuery(CommandExecutor executor, IdentityDirectory directory) {
        super(executor);
        this.directory = directory;
    }

    @Override
    public long executeCount(CommandContext commandContext) {
        checkQueryOk();
        return matchesNothing() ? 0 : directory.countGroups(this);
    }

    @Override
    public List<Group> executeList(CommandContext commandContext, Page page) {
        checkQueryOk();
        return matchesNothing() ? List.of() : directory.findGroups(this, page);
    }

    /** We keep no tenants, and process start is not restricted to groups (potentialStarter). */
    private boolean matchesNothing() {
        return tenantId != null || procDefId != null;
    }
}
