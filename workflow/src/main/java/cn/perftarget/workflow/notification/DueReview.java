package cn.perftarget.workflow.notification;

import cn.perftarget.bpmn.ApprovalVariables;
import cn.perftarget.domain.table.StoredTable;
import cn.perftarget.domain.table.TargetTableRepository;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/** What a reminder or escalation timer is about: the review task, its candidate group and the table. */
@Component
class DueReview {

    record Due(Task task, String group, StoredTable table) {

        String describe() {
            String code = table.content().projectCode().strip();
            return "《" + table.content().projectName().strip() + "》" + (code.isEmpty() ? "" : "（" + code + "）")
                    + "的" + task.getName();
        }
    }

    private final TaskService taskService;
    private final TargetTableRepository tables;

    DueReview(TaskService taskService, TargetTableRepository tables) {
        this.taskService = taskService;
        this.tables = tables;
    }

    /** Reads the service task's input parameters (bpmn/README.md, Timers). */
    Due of(DelegateExecution execution) {
        String reviewTask = (String) execution.getVariableLocal(ApprovalVariables.REVIEW_TASK);
        String group = (String) execution.getVariableLocal(ApprovalVariables.REVIEW_GROUP);
        Task task = taskService.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
                .taskDefinitionKey(reviewTask).singleResult();
        if (task == null) {
            throw new IllegalStateException("到期的审核任务 " + reviewTask + " 不存在（流程 "
                    + execution.getProcessInstanceId() + "）");
        }
        long tableId = Long.parseLong(execution.getProcessBusinessKey());
        return new Due(task, group, tables.get(tableId));
    }
}
