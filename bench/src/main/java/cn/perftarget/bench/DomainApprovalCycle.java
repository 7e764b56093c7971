package cn.perftarget.bench;

import cn.perftarget.bench.data.BenchOrganisation;
import cn.perftarget.bench.data.DataGenerator;
import cn.perftarget.bpmn.Grade;
import cn.perftarget.domain.table.TableStatus;
import cn.perftarget.domain.user.AppUser;
import cn.perftarget.domain.user.UserRepository;
import cn.perftarget.workflow.approval.ActionResult;
import cn.perftarget.workflow.approval.ApprovalService;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

/**
 * Our approval: the approval service as the UI calls it — 提交 (submit, with the server-side validation against the
 * unit's other tables), 主管部门审核通过 (pass) and 财政审核 优 by the reviewers of the table's department and section —
 * of a draft the unit's drafter made through the service (新建) before the clock, as the bare engine's side starts from
 * nothing either. Each call is one transaction that changes the engine, the table and its
 * revisions and writes its audit entry. Tables rotate over the generated units.
 */
final class DomainApprovalCycle implements ApprovalCycle {

    private final ApprovalService approvals;
    private final TaskService taskService;
    private final DataGenerator generator;
    private final BenchOrganisation org;
    private final UserRepository users;
    private final Map<String, AppUser> userCache = new HashMap<>();
    private final Map<Integer, Long> tableOf = new HashMap<>();
    private final List<ActionResult> gradings = new ArrayList<>();

    DomainApprovalCycle(
            ApprovalService approvals, TaskService taskService, DataGenerator generator, UserRepository users) {
        this.approvals = approvals;
        this.taskService = taskService;
        this.generator = generator;
        this.org = generator.organisation();
        this.users = users;
        // the UI has its user from the session: load them all now, so no step pays for it
        for (BenchOrganisation.Unit unit : org.units()) {
            user(unit.drafter());
            user(unit.department().reviewers().get(0));
            user(org.section(unit.department().sectionCode()).reviewers().get(0));
        }
    }

    @Override
    public String name() {
        return "approval service (ours)";
    }

    @Override
    public List<String> steps() {
        return List.of("submit", "pass", "grade 优");
    }

    @Override
    public String preparation() {
        return "create (新建)";
    }

    @Override
    public void prepare(int i) {
        BenchOrganisation.Unit unit = unit(i);
        tableOf.put(
                i,
                approvals
                        .create(user(unit.drafter()), generator.submittableTable(unit))
                        .tableId());
    }

    @Override
    public void run(int i) {
        prepare(i);
        for (int step = 0; step < steps().size(); step++) {
            runStep(i, step);
        }
    }

    /** The table cycle {@code i} created in its first step. */
    private long table(int i) {
        Long id = tableOf.get(i);
        if (id == null) {
            throw new IllegalStateException("cycle " + i + " has created no table yet");
        }
        return id;
    }

    @Override
    public void runStep(int i, int step) {
        BenchOrganisation.Unit unit = unit(i);
        switch (step) {
            case 0 -> approvals.submit(user(unit.drafter()), table(i));
            case 1 -> approvals.pass(user(unit.department().reviewers().get(0)), waitingTask(table(i)), null);
            case 2 -> {
                String fiscal =
                        org.section(unit.department().sectionCode()).reviewers().get(0);
                ActionResult r = approvals.grade(user(fiscal), waitingTask(table(i)), Grade.EXCELLENT, null, null);
                gradings.add(r);
                tableOf.remove(i);
            }
            default -> throw new IllegalArgumentException("step " + step);
        }
    }

    private BenchOrganisation.Unit unit(int i) {
        return org.units().get(Math.floorMod(i * 7919, org.units().size()));
    }

    @Override
    public long approvedCount() {
        return gradings.stream()
                .filter(r -> r.toStatus() == TableStatus.APPROVED)
                .count();
    }

    /** The task the table's round waits at, as an inbox row would give it (business key = table id). */
    private String waitingTask(long tableId) {
        Task task = taskService
                .createTaskQuery()
                .processInstanceBusinessKey(String.valueOf(tableId))
                .singleResult();
        return task.getId();
    }

    private AppUser user(String username) {
        return userCache.computeIfAbsent(username, u -> users.findByUsername(u).orElseThrow());
    }
}
