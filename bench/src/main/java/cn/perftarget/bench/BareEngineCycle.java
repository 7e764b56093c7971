package cn.perftarget.bench;

import cn.perftarget.bench.data.BenchOrganisation;
import cn.perftarget.bpmn.ApprovalVariables;
import cn.perftarget.bpmn.DepartmentDecision;
import cn.perftarget.bpmn.Grade;
import cn.perftarget.bpmn.TargetApprovalProcess;
import cn.perftarget.workflow.process.ServiceCall;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The same process driven through the bare Camunda API with no domain work: start with the variables the service
 * passes (same units, departments, hence the same DMN routing and candidate groups), claim and complete the department
 * review with 通过, claim and complete the fiscal review with 优. Each step one transaction, run as a service call so
 * the engine guard lets it through — and nothing else: no table, revision, validation, audit entry or access check.
 */
final class BareEngineCycle implements ApprovalCycle {

    private static final String KEY_PREFIX = "bare-";

    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final HistoryService historyService;
    private final TransactionTemplate transaction;
    private final BenchOrganisation org;
    private int started;

    BareEngineCycle(
            RuntimeService runtimeService,
            TaskService taskService,
            HistoryService historyService,
            TransactionTemplate transaction,
            BenchOrganisation org) {
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.historyService = historyService;
        this.transaction = transaction;
        this.org = org;
    }

    @Override
    public String name() {
        return "bare Camunda API (same BPMN)";
    }

    @Override
    public List<String> steps() {
        return List.of("start", "pass", "grade 优");
    }

    @Override
    public void run(int i) {
        for (int step = 0; step < steps().size(); step++) {
            runStep(i, step);
        }
    }

    @Override
    public void runStep(int i, int step) {
        BenchOrganisation.Unit unit =
                org.units().get(Math.floorMod(i * 7919, org.units().size()));
        String businessKey = KEY_PREFIX + i;
        switch (step) {
            case 0 ->
                inTransaction(() -> {
                    Map<String, Object> vars = dueDates();
                    vars.put(ApprovalVariables.TABLE_ID, -1L - i);
                    vars.put(ApprovalVariables.REVISION_ID, -1L - i);
                    vars.put(ApprovalVariables.UNIT_CODE, unit.code());
                    vars.put(
                            ApprovalVariables.DEPARTMENT_CODE, unit.department().code());
                    vars.put(ApprovalVariables.FISCAL_YEAR, 2026);
                    vars.put(ApprovalVariables.DRAFTER, unit.drafter());
                    vars.put(ApprovalVariables.ADJUSTMENT, false);
                    vars.put(ApprovalVariables.RESUBMIT_VIA_DEPARTMENT, false);
                    runtimeService.startProcessInstanceByKey(TargetApprovalProcess.PROCESS_KEY, businessKey, vars);
                    started++;
                });
            case 1 -> {
                String task = waitingTask(businessKey);
                inTransaction(() -> {
                    Map<String, Object> vars = dueDates();
                    vars.put(ApprovalVariables.DEPARTMENT_DECISION, DepartmentDecision.PASS.value());
                    taskService.claim(task, unit.department().reviewers().get(0));
                    taskService.complete(task, vars);
                });
            }
            case 2 -> {
                String task = waitingTask(businessKey);
                inTransaction(() -> {
                    Map<String, Object> vars = dueDates();
                    vars.put(ApprovalVariables.GRADE, Grade.EXCELLENT.value());
                    taskService.claim(
                            task,
                            org.section(unit.department().sectionCode())
                                    .reviewers()
                                    .get(0));
                    taskService.complete(task, vars);
                });
            }
            default -> throw new IllegalArgumentException("step " + step);
        }
    }

    @Override
    public long approvedCount() {
        long approved = historyService
                .createHistoricProcessInstanceQuery()
                .processDefinitionKey(TargetApprovalProcess.PROCESS_KEY)
                .finished()
                .processInstanceBusinessKeyLike(KEY_PREFIX + "%")
                .list()
                .stream()
                .filter(h -> TargetApprovalProcess.APPROVED.equals(h.getEndActivityId()))
                .count();
        if (approved != started) {
            throw new IllegalStateException("bare engine: " + approved + " of " + started + " instances approved");
        }
        return approved;
    }

    private String waitingTask(String businessKey) {
        Task task = taskService
                .createTaskQuery()
                .processInstanceBusinessKey(businessKey)
                .singleResult();
        return task.getId();
    }

    private void inTransaction(Runnable body) {
        ServiceCall.run(() -> transaction.execute(status -> {
            body.run();
            return null;
        }));
    }

    private static Map<String, Object> dueDates() {
        Instant review = Instant.now().plus(Duration.ofDays(3));
        Map<String, Object> vars = new HashMap<>();
        vars.put(ApprovalVariables.REVIEW_DUE, Date.from(review));
        vars.put(ApprovalVariables.ESCALATION_DUE, Date.from(review.plus(Duration.ofDays(2))));
        return vars;
    }
}
