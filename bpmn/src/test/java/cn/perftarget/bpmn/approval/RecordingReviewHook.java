package cn.perftarget.bpmn.approval;

import cn.perftarget.bpmn.ApprovalVariables;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;

/**
 * Stands in for the workflow module's reminder or escalation bean: it does what that bean must be
 * able to do (read its input parameters, find the review task that is due) and records it.
 */
final class RecordingReviewHook implements JavaDelegate {

    /** What one call saw. */
    record Call(String activityId, String reviewTask, String reviewGroup, String dueTaskId, String tableId) {}

    private final List<Call> calls = new ArrayList<>();

    @Override
    public void execute(DelegateExecution execution) {
        String reviewTask = (String) execution.getVariable(ApprovalVariables.REVIEW_TASK);
        Task due = execution
                .getProcessEngineServices()
                .getTaskService()
                .createTaskQuery()
                .processInstanceId(execution.getProcessInstanceId())
                .taskDefinitionKey(reviewTask)
                .singleResult();
        calls.add(new Call(
                execution.getCurrentActivityId(),
                reviewTask,
                (String) execution.getVariable(ApprovalVariables.REVIEW_GROUP),
                due == null ? null : due.getId(),
                execution.getProcessBusinessKey()));
    }

    List<Call> calls() {
        return List.copyOf(calls);
    }
}
