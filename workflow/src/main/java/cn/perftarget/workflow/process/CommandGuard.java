package cn.perftarget.workflow.process;

import cn.perftarget.domain.security.SecurityEvent;
import cn.perftarget.domain.security.SecurityEventType;
import cn.perftarget.domain.security.SecurityLog;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.jspecify.annotations.Nullable;

/**
 * The engine's own door keeper, in front of every command it executes: outside a call of the approval service
 * ({@link ServiceCall}) it refuses whatever changes a process — task assignment and completion, variables, candidate
 * groups, due dates, starts, messages, deletion, modification, migration, the engine's history — whoever asks
 * (Tasklist, Cockpit, Admin, the REST API, code that goes to the engine directly). Models and authorizations change
 * only while the application starts. The operators' repairs — retrying a failed job, resolving or annotating an
 * incident — are allowed to operators and written to the security log. Reads and the engine's own work (the job
 * executor, housekeeping) pass.
 */
final class CommandGuard extends CommandInterceptor {

    private final Supplier<@Nullable Authentication> authentication;
    private final Supplier<SecurityLog> securityLog;
    private final boolean runtimeDeploymentAllowed;
    private volatile boolean started;

    /**
     * @param authentication           who the engine's caller signed in as (the webapps and the REST API set it),
     *                                 null for the application's own calls
     * @param runtimeDeploymentAllowed models and authorizations may change after the start (only for tooling such as
     *                                 the benchmark harness; never in service)
     */
    CommandGuard(
            Supplier<@Nullable Authentication> authentication,
            Supplier<SecurityLog> securityLog,
            boolean runtimeDeploymentAllowed) {
        this.authentication = authentication;
        this.securityLog = securityLog;
        this.runtimeDeploymentAllowed = runtimeDeploymentAllowed;
    }

    /** From now on models and authorizations are fixed: the application has started. */
    void started() {
        started = true;
    }

    @Override
    public <T> T execute(Command<T> command) {
        switch (GuardedCommands.of(command)) {
            case SERVICE_ONLY -> requireServiceCall(command);
            case STARTUP_ONLY -> requireStartup(command);
            case OPERATOR -> requireOperator(command);
            case ALLOWED -> {
                // reads, the job executor, housekeeping
            }
        }
        return next.execute(command);
    }

    private void requireServiceCall(Command<?> command) {
        if (!ServiceCall.isActive()) {
            throw refused(command);
        }
    }

    private void requireStartup(Command<?> command) {
        if (started && !runtimeDeploymentAllowed) {
            throw refused(command);
        }
    }

    private void requireOperator(Command<?> command) {
        if (ServiceCall.isActive()) {
            return;
        }
        Authentication who = authentication.get();
        if (who == null) {
            return; // the application's own call, e.g. a test or the engine's housekeeping
        }
        boolean operator = who.getGroupIds() != null && who.getGroupIds().contains(Groups.CAMUNDA_ADMIN);
        securityLog
                .get()
                .append((operator
                                ? SecurityEvent.success(SecurityEventType.OPERATOR_ACTION, who.getUserId(), null, null)
                                : SecurityEvent.failure(SecurityEventType.OPERATOR_ACTION, who.getUserId(), null, null))
                        .withDetails(command.getClass().getSimpleName()));
        if (!operator) {
            throw refused(command);
        }
    }

    private static ProcessEngineException refused(Command<?> command) {
        return new ProcessEngineException(
                EngineGuard.REFUSAL + " [" + command.getClass().getSimpleName() + "]");
    }
}
