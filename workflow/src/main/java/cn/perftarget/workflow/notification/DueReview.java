package cn.perftarget.workflow.notification;

import cn.perftarget.bpmn.ApprovalVariables;
import cn.perftarget.domain.i18n.Labelled;
import cn.perftarget.domain.i18n.Message;
import cn.perftarget.domain.table.StoredTable;
import cn.perftarget.domain.table.TargetTableRepository;
import cn.perftarget.workflow.process.ProcessStep;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/** What a reminder or escalation timer is about: the review task, its candidate group and the table. */
@Component
class DueReview {

    record Due(Task task, String group, StoredTable table) {

        /** 《项目名称》（编码）. */
        Message tableName() {
            String name = table.content().projectName().strip();
            String code = table.content().projectCode().strip();
            return code.isEmpty() ? Message.of("notify.table", name) : Message.of("notify.tableWithCode", name, code);
        }

        /** The review step the task is at (主管部门审核, 财政审核). */
        Labelled step() {
            return ProcessStep.ofActivity(task.getTaskDefinitionKey())
                    .orElseThrow(() ->
                            new IllegalStateException("a timer on the unknown task " + task.getTaskDefinitionKey()));
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
        Task task = taskService
                .createTaskQuery()
                .processInstanceId(execution.getProcessInstanceId())
                .taskDefinitionKey(reviewTask)
                .singleResult();
        if (task == null) {
            throw new IllegalStateException("the due review task " + reviewTask + " does not exist (process "
                    + execution.getProcessInstanceId() + ")");
        }
        long tableId = Long.parseLong(execution.getProcessBusinessKey());
        return new Due(task, group, tables.get(tableId));
    }
}
