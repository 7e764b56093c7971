package cn.perftarget.bench.data;

import cn.perftarget.bpmn.ApprovalVariables;
import cn.perftarget.bpmn.DepartmentDecision;
import cn.perftarget.bpmn.Grade;
import cn.perftarget.bpmn.TargetApprovalProcess;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManager;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.Task;
import org.jspecify.annotations.Nullable;

/**
 * Drives the real engine for a batch of tables in the caller's transaction, with the variables and in the order the
 * approval service uses: start at submission (the process enters 主管部门审核), claim and complete the department
 * review (通过 goes through the routing DMN to 财政审核; 退回 to 编制修改), claim and complete the fiscal review with 优
 * (the process ends at 已批复), or just claim an open review. Afterwards every instance must stand where its table
 * says (read back from the database), or the batch fails.
 */
final class RoundDriver {

    /** A table of the batch that has a round. */
    record Round(long tableId, long revisionId, PlannedTable plan) {}

    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final HistoryService historyService;
    private final RepositoryService repositoryService;
    private final CommandExecutor commands;

    RoundDriver(ProcessEngine engine) {
        this.runtimeService = engine.getRuntimeService();
        this.taskService = engine.getTaskService();
        this.historyService = engine.getHistoryService();
        this.repositoryService = engine.getRepositoryService();
        this.commands = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                .getCommandExecutorTxRequired();
    }

    /** Returns the process instance id of each table. Must run inside a service call and a transaction. */
    Map<Long, String> drive(List<Round> rounds) {
        if (rounds.isEmpty()) {
            return Map.of();
        }
        String definitionId = repositoryService
                .createProcessDefinitionQuery()
                .processDefinitionKey(TargetApprovalProcess.PROCESS_KEY)
                .latestVersion()
                .singleResult()
                .getId();
        Map<Long, String> pids = commands.execute(context -> driveInOneCommand(context, rounds, definitionId));
        verify(rounds, pids);
        return pids;
    }

    /**
     * The engine calls of the whole batch in one command context (as a delegate's calls join the command that runs
     * it): the engine keeps the batch's entities in its cache and writes them in one flush, with JDBC batches, so an
     * instance started and taken through both reviews costs a few batched statements instead of five round trips of
     * its own. The waiting tasks are found in that cache: they are not in the database before the flush.
     */
    private Map<Long, String> driveInOneCommand(CommandContext context, List<Round> rounds, String definitionId) {
        Map<Long, String> pids = new HashMap<>();
        for (Round r : rounds) {
            PlannedTable p = r.plan();
            String pid = runtimeService
                    .startProcessInstanceById(definitionId, String.valueOf(r.tableId()), startVariables(r))
                    .getId();
            pids.put(r.tableId(), pid);
            if (p.step().departmentReviewed()) {
                TaskEntity task = waitingTask(context, pid, TargetApprovalProcess.DEPARTMENT_REVIEW);
                boolean pass = p.step() != RoundStep.RETURNED;
                Map<String, Object> vars = dueDates(p.step() == RoundStep.FISCAL_REVIEW ? p.dueDate() : null);
                vars.put(
                        ApprovalVariables.DEPARTMENT_DECISION,
                        (pass ? DepartmentDecision.PASS : DepartmentDecision.RETURN).value());
                taskService.claim(task.getId(), p.departmentReviewer());
                taskService.complete(task.getId(), vars);
            }
            if (p.step() == RoundStep.APPROVED) {
                TaskEntity task = waitingTask(context, pid, TargetApprovalProcess.FISCAL_REVIEW);
                Map<String, Object> vars = dueDates(null);
                vars.put(ApprovalVariables.GRADE, Grade.EXCELLENT.value());
                taskService.claim(task.getId(), p.fiscalReviewer());
                taskService.complete(task.getId(), vars);
            }
            if (p.claimed()) {
                boolean fiscal = p.step() == RoundStep.FISCAL_REVIEW;
                TaskEntity task = waitingTask(
                        context,
                        pid,
                        fiscal ? TargetApprovalProcess.FISCAL_REVIEW : TargetApprovalProcess.DEPARTMENT_REVIEW);
                taskService.claim(task.getId(), fiscal ? p.fiscalReviewer() : p.departmentReviewer());
            }
        }
        return pids;
    }

    /** The one task of the instance in the command's entity cache (not deleted), which must be at {@code key}. */
    private static TaskEntity waitingTask(CommandContext context, String pid, String key) {
        DbEntityManager entities = context.getDbEntityManager();
        List<TaskEntity> waiting = entities.getCachedEntitiesByType(TaskEntity.class).stream()
                .filter(t -> pid.equals(t.getProcessInstanceId()) && !entities.isDeleted(t))
                .toList();
        if (waiting.size() != 1 || !key.equals(waiting.get(0).getTaskDefinitionKey())) {
            throw new IllegalStateException("流程 " + pid + " 应停在 " + key + "，实为 "
                    + waiting.stream().map(TaskEntity::getTaskDefinitionKey).toList());
        }
        return waiting.get(0);
    }

    private Map<String, Object> startVariables(Round r) {
        PlannedTable p = r.plan();
        Map<String, Object> vars = dueDates(p.step() == RoundStep.DEPARTMENT_REVIEW ? p.dueDate() : null);
        vars.put(ApprovalVariables.TABLE_ID, r.tableId());
        vars.put(ApprovalVariables.REVISION_ID, r.revisionId());
        vars.put(ApprovalVariables.UNIT_CODE, p.unit().code());
        vars.put(ApprovalVariables.DEPARTMENT_CODE, p.unit().department().code());
        vars.put(ApprovalVariables.FISCAL_YEAR, p.year());
        vars.put(ApprovalVariables.DRAFTER, p.drafter());
        vars.put(ApprovalVariables.ADJUSTMENT, false);
        vars.put(ApprovalVariables.RESUBMIT_VIA_DEPARTMENT, false);
        return vars;
    }

    /** reviewDue and escalationDue (two days later) of the next review task; 3 days from now unless given. */
    private static Map<String, Object> dueDates(@Nullable Instant due) {
        Instant review = due != null ? due : Instant.now().plus(Duration.ofDays(3));
        Map<String, Object> vars = new HashMap<>();
        vars.put(ApprovalVariables.REVIEW_DUE, Date.from(review));
        vars.put(ApprovalVariables.ESCALATION_DUE, Date.from(review.plus(Duration.ofDays(2))));
        return vars;
    }

    private Map<String, Task> waitingTasks(List<Round> rounds, Map<Long, String> pids) {
        if (rounds.isEmpty()) {
            return Map.of();
        }
        Set<String> ids = rounds.stream().map(r -> pids.get(r.tableId())).collect(Collectors.toSet());
        return taskService.createTaskQuery().processInstanceIdIn(ids.toArray(String[]::new)).list().stream()
                .collect(Collectors.toMap(Task::getProcessInstanceId, Function.identity()));
    }

    private static Task expect(Map<String, Task> tasks, @Nullable String pid, String key) {
        Task task = tasks.get(pid);
        if (task == null || !key.equals(task.getTaskDefinitionKey())) {
            throw new IllegalStateException(
                    "流程 " + pid + " 应停在 " + key + "，实为 " + (task == null ? "无任务" : task.getTaskDefinitionKey()));
        }
        return task;
    }

    /** Every running round waits at the task of its step (claimed or not as planned); every approved one ended. */
    private void verify(List<Round> rounds, Map<Long, String> pids) {
        List<Round> running = rounds.stream()
                .filter(r -> r.plan().step() != RoundStep.APPROVED)
                .toList();
        Map<String, Task> tasks = waitingTasks(running, pids);
        for (Round r : running) {
            String key = switch (r.plan().step()) {
                case DEPARTMENT_REVIEW -> TargetApprovalProcess.DEPARTMENT_REVIEW;
                case FISCAL_REVIEW -> TargetApprovalProcess.FISCAL_REVIEW;
                case RETURNED -> TargetApprovalProcess.REVISE;
                default -> throw new IllegalStateException(r.plan().step().name());
            };
            Task task = expect(tasks, pids.get(r.tableId()), key);
            if (r.plan().claimed() != (task.getAssignee() != null)) {
                throw new IllegalStateException("任务 " + task.getId() + " 的认领状态与计划不符");
            }
        }
        List<String> ended = rounds.stream()
                .filter(r -> r.plan().step() == RoundStep.APPROVED)
                .map(r -> pids.get(r.tableId()))
                .toList();
        if (!ended.isEmpty()) {
            Set<String> approved = new HashSet<>();
            for (HistoricProcessInstance h : historyService
                    .createHistoricProcessInstanceQuery()
                    .processInstanceIds(new HashSet<>(ended))
                    .finished()
                    .list()) {
                if (TargetApprovalProcess.APPROVED.equals(h.getEndActivityId())) {
                    approved.add(h.getId());
                }
            }
            List<String> missing = new ArrayList<>(ended);
            missing.removeAll(approved);
            if (!missing.isEmpty()) {
                throw new IllegalStateException("流程未在“已批复”结束: " + missing);
            }
        }
    }
}
