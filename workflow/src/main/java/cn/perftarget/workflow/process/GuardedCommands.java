package cn.perftarget.workflow.process;

import java.util.List;
import org.camunda.bpm.engine.impl.cmd.AbstractAddIdentityLinkCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractCorrelateMessageCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractDeleteProcessDefinitionCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractDeleteProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractPatchVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractProcessInstanceModificationCommand;
import org.camunda.bpm.engine.impl.cmd.AbstractRestartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetJobDefinitionStateCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetJobStateCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetJobsRetriesBatchCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetProcessDefinitionStateCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetProcessInstanceStateCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetTaskPropertyCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractUpdateProcessInstancesSuspendStateCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractVariableCmd;
import org.camunda.bpm.engine.impl.cmd.AddCommentCmd;
import org.camunda.bpm.engine.impl.cmd.AddIdentityLinkForProcessDefinitionCmd;
import org.camunda.bpm.engine.impl.cmd.AssignTaskCmd;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CreateAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.CreateAuthorizationCommand;
import org.camunda.bpm.engine.impl.cmd.CreateTaskCmd;
import org.camunda.bpm.engine.impl.cmd.DelegateTaskCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteAuthorizationCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteDeploymentCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteHistoricProcessInstancesCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteHistoricTaskInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteHistoricVariableInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteHistoricVariableInstancesByProcessInstanceIdCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteIdentityLinkCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteIdentityLinkForProcessDefinitionCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteJobCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteJobsCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.DeployCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskBpmnErrorCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskEscalationCmd;
import org.camunda.bpm.engine.impl.cmd.MessageEventReceivedCmd;
import org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceAsyncCmd;
import org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.ProcessInstanceModificationBatchCmd;
import org.camunda.bpm.engine.impl.cmd.ProcessInstanceModificationCmd;
import org.camunda.bpm.engine.impl.cmd.RecalculateJobDuedateCmd;
import org.camunda.bpm.engine.impl.cmd.ResolveIncidentCmd;
import org.camunda.bpm.engine.impl.cmd.ResolveTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SaveAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.SaveAuthorizationCmd;
import org.camunda.bpm.engine.impl.cmd.SaveTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SetAnnotationForIncidentCmd;
import org.camunda.bpm.engine.impl.cmd.SetJobDefinitionPriorityCmd;
import org.camunda.bpm.engine.impl.cmd.SetJobDuedateCmd;
import org.camunda.bpm.engine.impl.cmd.SetJobPriorityCmd;
import org.camunda.bpm.engine.impl.cmd.SetJobRetriesCmd;
import org.camunda.bpm.engine.impl.cmd.SetProcessDefinitionVersionCmd;
import org.camunda.bpm.engine.impl.cmd.SignalCmd;
import org.camunda.bpm.engine.impl.cmd.SignalEventReceivedCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceAtActivitiesCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.cmd.UpdateCommentCmd;
import org.camunda.bpm.engine.impl.cmd.UpdateDecisionDefinitionHistoryTimeToLiveCmd;
import org.camunda.bpm.engine.impl.cmd.UpdateProcessDefinitionHistoryTimeToLiveCmd;
import org.camunda.bpm.engine.impl.cmd.batch.DeleteProcessInstanceBatchCmd;
import org.camunda.bpm.engine.impl.cmd.batch.variables.SetVariablesToProcessInstancesBatchCmd;
import org.camunda.bpm.engine.impl.dmn.cmd.DeleteHistoricDecisionInstanceByDefinitionIdCmd;
import org.camunda.bpm.engine.impl.dmn.cmd.DeleteHistoricDecisionInstanceByInstanceIdCmd;
import org.camunda.bpm.engine.impl.dmn.cmd.DeleteHistoricDecisionInstancesBatchCmd;
import org.camunda.bpm.engine.impl.dmn.cmd.DeleteHistoricDecisionInstancesBulkCmd;
import org.camunda.bpm.engine.impl.migration.MigrateProcessInstanceCmd;

/**
 * What the engine may do, by kind of command, when it is asked from outside the approval service — from Camunda
 * Tasklist, Cockpit, Admin, the engine's REST API, or code that goes to the engine directly.
 */
final class GuardedCommands {

    /** What a command is, for the guard. */
    enum Kind {
        /** reads, the job executor, the engine's own housekeeping: always allowed */
        ALLOWED,
        /** changes the state of a process, a task, its variables, links, jobs or history: only the service */
        SERVICE_ONLY,
        /** changes the models or the authorizations: only while the application starts */
        STARTUP_ONLY,
        /** an operator's repair (retry a failed job, resolve or annotate an incident): allowed, and logged */
        OPERATOR
    }

    private static final List<Class<?>> SERVICE_ONLY = List.of(
            // tasks: claim, assign, complete, delete, their properties (due date, owner, name …) and candidates
            ClaimTaskCmd.class,
            AssignTaskCmd.class,
            DelegateTaskCmd.class,
            ResolveTaskCmd.class,
            CompleteTaskCmd.class,
            SubmitTaskFormCmd.class,
            SaveTaskCmd.class,
            DeleteTaskCmd.class,
            CreateTaskCmd.class,
            AbstractSetTaskPropertyCmd.class,
            AbstractAddIdentityLinkCmd.class,
            DeleteIdentityLinkCmd.class,
            HandleTaskBpmnErrorCmd.class,
            HandleTaskEscalationCmd.class,
            AddCommentCmd.class,
            UpdateCommentCmd.class,
            CreateAttachmentCmd.class,
            SaveAttachmentCmd.class,
            DeleteAttachmentCmd.class,
            // variables of tasks and executions (e.g. the round's variables that decide the resubmission's path)
            AbstractVariableCmd.class,
            AbstractPatchVariablesCmd.class,
            SetVariablesToProcessInstancesBatchCmd.class,
            // process instances: start, messages and signals, deletion, modification, migration, suspension
            StartProcessInstanceCmd.class,
            StartProcessInstanceAtActivitiesCmd.class,
            SubmitStartFormCmd.class,
            AbstractCorrelateMessageCmd.class,
            MessageEventReceivedCmd.class,
            SignalEventReceivedCmd.class,
            SignalCmd.class,
            AbstractDeleteProcessInstanceCmd.class,
            DeleteProcessInstanceBatchCmd.class,
            ModifyProcessInstanceCmd.class,
            ModifyProcessInstanceAsyncCmd.class,
            ProcessInstanceModificationCmd.class,
            ProcessInstanceModificationBatchCmd.class,
            AbstractProcessInstanceModificationCommand.class,
            AbstractRestartProcessInstanceCmd.class,
            MigrateProcessInstanceCmd.class,
            AbstractSetProcessInstanceStateCmd.class,
            AbstractUpdateProcessInstancesSuspendStateCmd.class,
            SetProcessDefinitionVersionCmd.class,
            // jobs (the review timers): due dates, deletion, suspension, priority
            SetJobDuedateCmd.class,
            RecalculateJobDuedateCmd.class,
            DeleteJobCmd.class,
            DeleteJobsCmd.class,
            AbstractSetJobStateCmd.class,
            AbstractSetJobDefinitionStateCmd.class,
            SetJobPriorityCmd.class,
            SetJobDefinitionPriorityCmd.class,
            // the engine's history is evidence beside our audit: never deleted behind the service
            DeleteHistoricProcessInstancesCmd.class,
            DeleteHistoricTaskInstanceCmd.class,
            DeleteHistoricVariableInstanceCmd.class,
            DeleteHistoricVariableInstancesByProcessInstanceIdCmd.class,
            DeleteHistoricDecisionInstanceByDefinitionIdCmd.class,
            DeleteHistoricDecisionInstanceByInstanceIdCmd.class,
            DeleteHistoricDecisionInstancesBatchCmd.class,
            DeleteHistoricDecisionInstancesBulkCmd.class);

    private static final List<Class<?>> STARTUP_ONLY = List.of(
            DeployCmd.class,
            DeleteDeploymentCmd.class,
            AbstractDeleteProcessDefinitionCmd.class,
            AbstractSetProcessDefinitionStateCmd.class,
            UpdateProcessDefinitionHistoryTimeToLiveCmd.class,
            UpdateDecisionDefinitionHistoryTimeToLiveCmd.class,
            AddIdentityLinkForProcessDefinitionCmd.class,
            DeleteIdentityLinkForProcessDefinitionCmd.class,
            CreateAuthorizationCommand.class,
            SaveAuthorizationCmd.class,
            DeleteAuthorizationCmd.class);

    private static final List<Class<?>> OPERATOR = List.of(
            SetJobRetriesCmd.class,
            AbstractSetJobsRetriesBatchCmd.class,
            ResolveIncidentCmd.class,
            SetAnnotationForIncidentCmd.class);

    private GuardedCommands() {}

    static Kind of(Object command) {
        Class<?> type = command.getClass();
        if (matches(OPERATOR, type)) {
            return Kind.OPERATOR;
        }
        if (matches(STARTUP_ONLY, type)) {
            return Kind.STARTUP_ONLY;
        }
        if (matches(SERVICE_ONLY, type)) {
            return Kind.SERVICE_ONLY;
        }
        return Kind.ALLOWED;
    }

    private static boolean matches(List<Class<?>> kinds, Class<?> type) {
        for (Class<?> k : kinds) {
            if (k.isAssignableFrom(type)) {
                return true;
            }
        }
        return false;
    }
}
