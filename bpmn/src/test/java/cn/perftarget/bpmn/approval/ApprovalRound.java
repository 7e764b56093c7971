package cn.perftarget.bpmn.approval;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import cn.perftarget.bpmn.ApprovalVariables;
import cn.perftarget.bpmn.Confirmation;
import cn.perftarget.bpmn.DepartmentDecision;
import cn.perftarget.bpmn.Grade;
import cn.perftarget.bpmn.TargetApprovalProcess;
import java.time.Duration;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

/**
 * The service side of one approval round, done the way bpmn/README.md prescribes: start with the
 * table's variables, complete each task with its decision variable, and pass fresh due dates with
 * every start and completion. Review periods are plain days here; the real service counts working days.
 */
final class ApprovalRound {

    static final long TABLE_ID = 4420011L;
    static final String UNIT_CODE = "442001";
    static final String DEPARTMENT_CODE = "442";
    static final Duration REVIEW_PERIOD = Duration.ofDays(3);
    static final Duration ESCALATION_PERIOD = Duration.ofDays(5);

    private final ProcessEngine engine;
    private ProcessInstance instance;

    ApprovalRound(ProcessEngine engine) {
        this.engine = engine;
    }

    /** The start variables of a submission of table 4420011 of unit 442001 (department 442). */
    static VariableMap submissionOfUnit442001() {
        return Variables.createVariables()
                .putValue(ApprovalVariables.TABLE_ID, TABLE_ID)
                .putValue(ApprovalVariables.REVISION_ID, 1L)
                .putValue(ApprovalVariables.UNIT_CODE, UNIT_CODE)
                .putValue(ApprovalVariables.DEPARTMENT_CODE, DEPARTMENT_CODE)
                .putValue(ApprovalVariables.FISCAL_YEAR, 2026)
                .putValue(ApprovalVariables.DRAFTER, "drafter442001")
                .putValue(ApprovalVariables.ADJUSTMENT, false)
                .putValue(ApprovalVariables.RESUBMIT_VIA_DEPARTMENT, false);
    }

    ProcessInstance submit() {
        return submit(submissionOfUnit442001());
    }

    /** 提交: starts the process, business key = table id. */
    ProcessInstance submit(VariableMap startVariables) {
        VariableMap variables = dueDates(); // the caller's own due dates, if any, win
        variables.putAll(startVariables);
        instance = engine.getRuntimeService()
                .startProcessInstanceByKey(
                        TargetApprovalProcess.PROCESS_KEY,
                        String.valueOf(startVariables.get(ApprovalVariables.TABLE_ID)),
                        variables);
        return instance;
    }

    ProcessInstance instance() {
        return instance;
    }

    void passDepartmentReview() {
        complete(
                TargetApprovalProcess.DEPARTMENT_REVIEW,
                Map.of(ApprovalVariables.DEPARTMENT_DECISION, DepartmentDecision.PASS.value()));
    }

    void returnFromDepartmentReview() {
        complete(
                TargetApprovalProcess.DEPARTMENT_REVIEW,
                Map.of(ApprovalVariables.DEPARTMENT_DECISION, DepartmentDecision.RETURN.value()));
    }

    void grade(Grade grade) {
        complete(TargetApprovalProcess.FISCAL_REVIEW, Map.of(ApprovalVariables.GRADE, grade.value()));
    }

    void confirm(Confirmation confirmation) {
        complete(TargetApprovalProcess.UNIT_CONFIRMATION, Map.of(ApprovalVariables.CONFIRMATION, confirmation.value()));
    }

    /** 重新提交: completes the drafting task (the service also refreshes revisionId). */
    void resubmit() {
        complete(TargetApprovalProcess.REVISE, Map.of(ApprovalVariables.REVISION_ID, 2L));
    }

    /** 撤回: the service has checked that the review task is not claimed. */
    void withdraw() {
        engine.getRuntimeService()
                .createMessageCorrelation(TargetApprovalProcess.WITHDRAW_MESSAGE)
                .processInstanceId(instance.getId())
                .correlate();
    }

    /** Completes the waiting task of the given definition key with the variables and fresh due dates. */
    void complete(String taskDefinitionKey, Map<String, Object> decision) {
        assertThat(instance).isWaitingAt(taskDefinitionKey);
        Task task = task(taskDefinitionKey, instance);
        VariableMap variables = dueDates(); // the caller's own due dates, if any, win
        variables.putAll(decision);
        engine.getTaskService().complete(task.getId(), variables);
    }

    /** reviewDue and escalationDue counted from the engine clock. */
    static VariableMap dueDates() {
        return Variables.createVariables()
                .putValue(ApprovalVariables.REVIEW_DUE, reviewDueFromNow())
                .putValue(ApprovalVariables.ESCALATION_DUE, escalationDueFromNow());
    }

    static Date reviewDueFromNow() {
        return Date.from(ClockUtil.getCurrentTime().toInstant().plus(REVIEW_PERIOD));
    }

    static Date escalationDueFromNow() {
        return Date.from(ClockUtil.getCurrentTime().toInstant().plus(ESCALATION_PERIOD));
    }
}
