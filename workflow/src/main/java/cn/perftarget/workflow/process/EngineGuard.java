package cn.perftarget.workflow.process;

import cn.perftarget.bpmn.TargetApprovalProcess;
import cn.perftarget.domain.i18n.Message;
import cn.perftarget.workflow.text.WorkflowTexts;
import java.util.ArrayList;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * Keeps every state change of the approval process inside the approval service (see {@link ServiceCall}): built-in
 * listeners refuse to start {@code target-approval} and to assign, complete or delete its user tasks elsewhere, e.g.
 * in Camunda Tasklist, Cockpit or the REST API. Those would change the process without the table status and the
 * audit entry. Other processes are not affected.
 */
@Component
class EngineGuard extends AbstractProcessEnginePlugin {

    /** Shown in Cockpit, Tasklist or the REST API (in Chinese, the operators' language). */
    static final String REFUSAL =
            WorkflowTexts.chinese(Message.of("engine.refused", TargetApprovalProcess.PROCESS_KEY));

    private static final TaskListener TASK_GUARD = (DelegateTask task) -> requireServiceCall();
    private static final ExecutionListener START_GUARD = (DelegateExecution execution) -> requireServiceCall();

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPreBPMNParseListeners() == null) {
            configuration.setCustomPreBPMNParseListeners(new ArrayList<>());
        }
        configuration.getCustomPreBPMNParseListeners().add(new GuardListeners());
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
