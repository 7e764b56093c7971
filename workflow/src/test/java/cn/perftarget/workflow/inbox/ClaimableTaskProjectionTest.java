package cn.perftarget.workflow.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perftarget.bpmn.CandidateGroups;
import cn.perftarget.domain.db.AsOwner;
import cn.perftarget.domain.db.EmbeddedDatabase;
import cn.perftarget.domain.user.AppUser;
import cn.perftarget.domain.user.Role;
import cn.perftarget.workflow.WorkflowTestSupport;
import cn.perftarget.workflow.process.ServiceCall;
import cn.perftarget.workflow.support.TestOrganisation;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * The 待认领 projection {@code claimable_task} follows Camunda's tables through whatever changes a task — the
 * approval service, and an operator's claim, due date or candidate group in Tasklist/Cockpit (the engine API) — and
 * is rebuilt when its triggers are put in place on an existing database.
 * <p>
 * Runs in a Spring context of its own, and so on a database of its own ({@code EmbeddedDatabaseConfiguration} gives
 * every context a fresh database): it drops (as the owner) a trigger Camunda's tables need and empties {@code claimable_task}, which
 * must not happen under the inbox tests sharing the common context. The property below only makes the context's
 * configuration differ from the shared one; the context is closed after the class.
 */
@TestPropertySource(properties = "perftarget.test.own-context=ClaimableTaskProjectionTest")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class ClaimableTaskProjectionTest extends WorkflowTestSupport {

    @Autowired
    private ClaimableTaskTriggers triggers;

    @Autowired
    private EmbeddedDatabase db;

    @Test
    void followsClaimsDueDatesCandidateGroupsAndCompletion() {
        TestOrganisation org = newOrganisation();
        long table = submitted(org.drafter1);
        String task = taskId(table);
        String departmentGroup = CandidateGroups.departmentReviewers(org.department.code());
        assertThat(rows(task)).containsOnlyKeys(departmentGroup);
        assertConsistent();

        approvals.claim(org.reviewer1, task);
        assertThat(rows(task)).isEmpty();
        approvals.unclaim(org.reviewer1, task);
        assertThat(rows(task)).containsOnlyKeys(departmentGroup);

        // changes of due dates and candidates through the engine API (only the service may make them)
        Instant due = Instant.now().plus(9, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        asTheService(() -> taskService.setDueDate(task, Date.from(due)));
        assertThat(rows(task).get(departmentGroup)).isEqualTo(Timestamp.from(due));
        asTheService(() -> taskService.addCandidateGroup(task, "operator-extra"));
        asTheService(() -> taskService.addCandidateUser(task, org.reviewer2.username()));
        assertThat(rows(task)).containsOnlyKeys(departmentGroup, "operator-extra");
        asTheService(() -> taskService.deleteCandidateGroup(task, "operator-extra"));
        assertThat(rows(task)).containsOnlyKeys(departmentGroup);
        ServiceCall.run(() -> {
            taskService.setAssignee(task, org.reviewer2.username());
            return null;
        });
        assertThat(rows(task)).isEmpty();
        ServiceCall.run(() -> {
            taskService.setAssignee(task, null);
            return null;
        });
        assertThat(rows(task)).containsOnlyKeys(departmentGroup);
        assertConsistent();

        // passed: the department's task is gone, the fiscal section's is there
        approvals.pass(org.reviewer1, task, null);
        assertThat(rows(task)).isEmpty();
        assertThat(rows(taskId(table)))
                .containsOnlyKeys(jdbc.queryForList(
                                "select l.group_id_ from act_ru_identitylink l where l.task_id_ = ?"
                                        + " and l.type_ = 'candidate'",
                                String.class,
                                taskId(table))
                        .toArray(String[]::new));
        // withdrawn or ended rounds leave nothing behind
        approvals.grade(org.fiscal, taskId(table), cn.perftarget.bpmn.Grade.EXCELLENT, null, null);
        assertThat(jdbc.queryForObject(
                        "select count(*) from claimable_task where process_instance_id = ?",
                        Integer.class,
                        processInstance(table)))
                .isZero();
        assertConsistent();
    }

    @Test
    void aTaskOfTwoOfMyGroupsIsListedOnceAndCountedOnce() {
        TestOrganisation org = newOrganisation();
        AppUser dual = users.save(
                "dual-c-" + org.unit2.code(),
                "双职丙",
                "{noop}unused",
                org.unit2.id(),
                Set.of(Role.DRAFTER, Role.DEPT_REVIEWER),
                false);
        long table = submitted(org.drafter1);
        String task = taskId(table);
        // the review also offered to the drafters of unit 2, whom the dual-role user belongs to as well
        asTheService(() -> taskService.addCandidateGroup(task, CandidateGroups.drafters(org.unit2.code())));
        assertThat(rows(task)).hasSize(2);

        PageRequest first = PageRequest.first(50, SortKey.DUE_DATE, false);
        assertThat(inbox.page(dual, InboxTab.CLAIMABLE, InboxFilter.NONE, first).rows())
                .extracting(InboxRow::taskId)
                .containsExactly(task);
        assertThat(inbox.page(dual, InboxTab.OPEN, InboxFilter.NONE, first).rows())
                .extracting(InboxRow::taskId)
                .containsExactly(task);
        assertThat(inbox.counts(dual, InboxFilter.NONE).claimable()).isEqualTo(1);
    }

    @Test
    void putsMissingTriggersInPlaceAndFillsTheTableFromTheTasksAlreadyThere() {
        TestOrganisation org = newOrganisation();
        String task = taskId(submitted(org.drafter1));
        // a database from before the projection: no triggers, an empty table (the owner's doing: the application
        // role may not drop a trigger)
        AsOwner.inTransaction(db, owner -> owner.execute("drop trigger claimable_task_task_update on act_ru_task"));
        jdbc.update("delete from claimable_task");
        try {
            approvals.claim(org.reviewer1, task);
            approvals.unclaim(org.reviewer1, task);
            assertThat(rows(task)).isEmpty();

            putTriggersInPlace();

            assertThat(jdbc.queryForList(
                            "select tgname from pg_trigger where tgname like 'claimable_task_%'", String.class))
                    .containsExactlyInAnyOrderElementsOf(ClaimableTaskTriggers.TRIGGERS.keySet());
            assertThat(rows(task)).containsOnlyKeys(CandidateGroups.departmentReviewers(org.department.code()));
            assertConsistent();
            approvals.claim(org.reviewer1, task);
            assertThat(rows(task)).isEmpty();
        } finally {
            // whatever failed above, the other tests of this class find the projection whole (a no-op when it is)
            putTriggersInPlace();
        }
    }

    /** What Flyway's afterMigrate does at every start, as the owner. */
    private void putTriggersInPlace() {
        try (Connection owner = db.ownerDataSource().getConnection()) {
            triggers.ensure(owner);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The projection's rows of a task: candidate group → due date. */
    private Map<String, Object> rows(String taskId) {
        Map<String, Object> rows = new java.util.HashMap<>();
        jdbc.query(
                "select group_id, due_date from claimable_task where task_id = ?",
                rs -> {
                    rows.put(rs.getString("group_id"), rs.getTimestamp("due_date"));
                },
                taskId);
        return rows;
    }

    /** The projection holds exactly what its definition over Camunda's tables gives, for every task. */
    private void assertConsistent() {
        String projection =
                "select task_id, group_id, process_instance_id, task_key, due_date, created" + " from claimable_task";
        List<Map<String, Object>> missing =
                jdbc.queryForList(ClaimableTaskTriggers.DEFINITION + " except " + projection);
        List<Map<String, Object>> extra = jdbc.queryForList(projection + " except " + ClaimableTaskTriggers.DEFINITION);
        assertThat(missing).as("tasks missing from claimable_task").isEmpty();
        assertThat(extra).as("rows of claimable_task no task stands for").isEmpty();
    }
}
