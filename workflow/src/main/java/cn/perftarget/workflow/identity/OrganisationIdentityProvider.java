package cn.perftarget.workflow.identity;

import cn.perftarget.domain.i18n.Message;
import cn.perftarget.workflow.text.WorkflowTexts;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.GroupQuery;
import org.camunda.bpm.engine.identity.NativeUserQuery;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.TenantQuery;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.identity.UserQuery;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.ReadOnlyIdentityProvider;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The engine's read-only identity provider: users and groups come from our tables. Passwords are checked by the
 * application's own sign-in ({@link WebappPasswords}): the Camunda webapps' login counts wrong passwords and respects
 * the lock like the application's, asks users with a second factor for the code after the password, and is written
 * to the security log. Stateless, so one instance serves every command context.
 */
class OrganisationIdentityProvider implements ReadOnlyIdentityProvider {

    private final IdentityDirectory directory;
    private final ObjectProvider<WebappPasswords> passwords;

    OrganisationIdentityProvider(IdentityDirectory directory, ObjectProvider<WebappPasswords> passwords) {
        this.directory = directory;
        this.passwords = passwords;
    }

    @Override
    public @Nullable User findUserById(@Nullable String userId) {
        return userId == null
                ? null
                : createUserQuery(Context.getCommandContext()).userId(userId).singleResult();
    }

    @Override
    public UserQuery createUserQuery() {
        return new OrganisationUserQuery(txRequiredExecutor(), directory);
    }

    @Override
    public UserQuery createUserQuery(CommandContext commandContext) {
        return new OrganisationUserQuery(directory);
    }

    @Override
    public NativeUserQuery createNativeUserQuery() {
        throw new BadUserRequestException(WorkflowTexts.chinese(Message.of("engine.nativeUserQuery")));
    }

    @Override
    public boolean checkPassword(@Nullable String userId, @Nullable String password) {
        if (userId == null || password == null) {
            return false;
        }
        return passwords.getObject().check(userId, password);
    }

    @Override
    public @Nullable Group findGroupById(@Nullable String groupId) {
        return groupId == null
                ? null
                : createGroupQuery(Context.getCommandContext()).groupId(groupId).singleResult();
    }

    @Override
    public GroupQuery createGroupQuery() {
        return new OrganisationGroupQuery(txRequiredExecutor(), directory);
    }

    @Override
    public GroupQuery createGroupQuery(CommandContext commandContext) {
        return new OrganisationGroupQuery(directory);
    }

    @Override
    public @Nullable Tenant findTenantById(String tenantId) {
        return null;
    }

    @Override
    public TenantQuery createTenantQuery() {
        return new NoTenantQuery(txRequiredExecutor());
    }

    @Override
    public TenantQuery createTenantQuery(CommandContext commandContext) {
        return new NoTenantQuery();
    }

    @Override
    public void flush() {
        // read-only: nothing to write
    }

    @Override
    public void close() {
        // no resources of its own: queries use the engine's (Spring-managed) connection
    }

    private static CommandExecutor txRequiredExecutor() {
        return Context.getProcessEngineConfiguration().getCommandExecutorTxRequired();
    }
}
