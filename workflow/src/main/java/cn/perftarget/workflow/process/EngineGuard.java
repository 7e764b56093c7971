package cn.perftarget.workflow.process;

import cn.perftarget.bpmn.TargetApprovalProcess;
import cn.perftarget.domain.i18n.Message;
import cn.perftarget.domain.security.SecurityLog;
import cn.perftarget.workflow.text.WorkflowTexts;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.spring.SpringExpressionManager;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationContextAware;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps every state change of the approval process inside the approval service (see {@link ServiceCall}), whatever
 * way into the engine is tried — Camunda Tasklist, Cockpit, Admin, the REST API, code that calls the engine directly:
 * <ul>
 * <li>{@link CommandGuard}, in front of every engine command, refuses outside the service whatever changes a process,
 * a task, its variables, candidate groups, due dates, timers or history; models and authorizations are fixed once the
 * application has started (deployed from the classpath at start, never at run time); operators may retry failed jobs
 * and resolve incidents, each written to the security log;</li>
 * <li>built-in listeners on {@code target-approval} refuse, as a second line, to start it or to assign, complete or
 * delete its tasks outside the service;</li>
 * <li>expressions in the models reach only the beans they need ({@link ModelBeans}).</li>
 * </ul>
 * Changes behind the service's back would leave the table status and the audit history out of step with the process.
 */
@Component
class EngineGuard extends AbstractProcessEnginePlugin implements ApplicationContextAware {

    /** Shown in Cockpit, Tasklist or the REST API (in Chinese, the operators' language). */
    static final String REFUSAL =
            WorkflowTexts.chinese(Message.of("engine.refused", TargetApprovalProcess.PROCESS_KEY));

    private static final TaskListener TASK_GUARD = (DelegateTask task) -> requireServiceCall();
    private static final ExecutionListener START_GUARD = (DelegateExecution execution) -> requireServiceCall();

    private final ObjectProvider<SecurityLog> securityLog;
    private final boolean runtimeDeploymentAllowed;
    private @Nullable ApplicationContext context;
    private List<CommandGuard> commandGuards = List.of();

    EngineGuard(
            ObjectProvider<SecurityLog> securityLog,
            @Value("${perftarget.engine.runtime-deployment-allowed:false}") boolean runtimeDeploymentAllowed) {
        this.securityLog = securityLog;
        this.runtimeDeploymentAllowed = runtimeDeploymentAllowed;
    }

    @Override
    public void setApplicationContext(ApplicationContext applicationContext) {
        this.context = applicationContext;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPreBPMNParseListeners() == null) {
            configuration.setCustomPreBPMNParseListeners(new ArrayList<>());
        }
        configuration.getCustomPreBPMNParseListeners().add(new GuardListeners());

        // one guard per chain: an interceptor knows the next one in its chain, so two chains cannot share one
        CommandGuard required = commandGuard(configuration);
        CommandGuard requiresNew = commandGuard(configuration);
        configuration.setCustomPreCommandInterceptorsTxRequired(
                first(required, configuration.getCustomPreCommandInterceptorsTxRequired()));
        configuration.setCustomPreCommandInterceptorsTxRequiresNew(
                first(requiresNew, configuration.getCustomPreCommandInterceptorsTxRequiresNew()));
        this.commandGuards = List.of(required, requiresNew);

        if (context != null) {
            configuration.setExpressionManager(new SpringExpressionManager(
                    context,
                    new ModelBeans(
                            context,
                            Set.of(
                                    TargetApprovalProcess.REMINDER_BEAN,
                                    TargetApprovalProcess.ESCALATION_BEAN,
                                    TargetApprovalProcess.ROUTING_BEAN))));
        }
    }

    /** The application has started: the models deployed from the classpath and the authorizations are now fixed. */
    @EventListener(ApplicationReadyEvent.class)
    void applicationStarted() {
        commandGuards.forEach(CommandGuard::started);
    }

    private CommandGuard commandGuard(ProcessEngineConfigurationImpl configuration) {
        return new CommandGuard(
                () -> configuration.getIdentityService().getCurrentAuthentication(),
                securityLog::getObject,
                runtimeDeploymentAllowed);
    }

    private static List<CommandInterceptor> first(CommandInterceptor guard, @Nullable List<CommandInterceptor> others) {
        List<CommandInterceptor> list = new ArrayList<>();
        list.add(guard);
        if (others != null) {
            list.addAll(others);
        }
        return list;
    }

    private static void requireServiceCall() {
        if (!ServiceCall.isActive()) {
            throw new ProcessEngineException(REFUSAL);
        }
    }

    private static boolean isApprovalProcess(ScopeImpl scope) {
        return scope.getProcessDefinition() instanceof ProcessDefinitionEntity definition
                && TargetApprovalProcess.PROCESS_KEY.equals(definition.getKey());
    }

    private static final class GuardListeners extends AbstractBpmnParseListener {

        @Override
        public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
            if (TargetApprovalProcess.PROCESS_KEY.equals(processDefinition.getKey())) {
                processDefinition.addBuiltInListener(ExecutionListener.EVENTNAME_START, START_GUARD);
            }
        }

        @Override
        public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
            if (!isApprovalProcess(scope)
                    || !(activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior)) {
                return;
            }
            TaskDefinition task = behavior.getTaskDefinition();
            task.addBuiltInTaskListener(TaskListener.EVENTNAME_ASSIGNMENT, TASK_GUARD);
            task.addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, TASK_GUARD);
            task.addBuiltInTaskListener(TaskListener.EVENTNAME_DELETE, TASK_GUARD);
        }
    }
}
