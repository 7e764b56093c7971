package cn.perftarget.workflow.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perftarget.bpmn.CandidateGroups;
import cn.perftarget.domain.db.AsOwner;
import cn.perftarget.domain.db.EmbeddedDatabase;
import cn.perftarget.domain.table.MoneyCell;
import cn.perftarget.domain.table.TableStatus;
import cn.perftarget.domain.table.TargetTable;
import cn.perftarget.domain.user.AppUser;
import cn.perftarget.domain.user.Role;
import cn.perftarget.workflow.WorkflowTestSupport;
import cn.perftarget.workflow.process.ServiceCall;
import cn.perftarget.workflow.support.TestOrganisation;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * The projection of open tasks {@code open_task} follows Camunda's tables through whatever changes a task — the
 * approval service, and an operator's claim, due date or candidate group in Tasklist/Cockpit (the engine API) — and
 * the tables' changes, and is rebuilt when its triggers are put in place on an existing database.
 * <p>
 * Runs in a Spring context of its own, and so on a database of its own ({@code EmbeddedDatabaseConfiguration} gives
 * every context a fresh database): it drops (as the owner) a trigger Camunda's tables need and empties {@code open_task}, which
 * must not happen under the inbox tests sharing the common context. The property below only makes the context's
 * configuration differ from the shared one; the context is closed after the class.
 */
@TestPropertySource(properties = "perftarget.test.own-context=OpenTaskProjectionTest")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class OpenTaskProjectionTest extends WorkflowTestSupport {

    @Autowired
    private OpenTaskTriggers triggers;

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
        assertThat(rows(task, "A")).containsOnlyKeys(org.reviewer1.username());
        assertConsistent();
        approvals.unclaim(org.reviewer1, task);
        assertThat(rows(task)).containsOnlyKeys(departmentGroup);
        assertThat(rows(task, "A")).isEmpty();

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
        assertThat(rows(task, "A")).containsOnlyKeys(org.reviewer2.username());
        assertConsistent();
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
                        "select count(*) from open_task where process_instance_id = ?",
                        Integer.class,
                        processInstance(table)))
                .isZero();
        assertConsistent();
    }

    @Test
    void aTablesNewNameAndBudgetShowInTheInboxSortAndItsStatusInTheFilter() {
        TestOrganisation org = newOrganisation();
        long first = submitted(org.drafter1);
        long second = submitted(org.drafter1);
        approvals.returnToUnit(org.reviewer1, taskId(first), "请补充");
        approvals.returnToUnit(org.reviewer1, taskId(second), "请补充");
        assertConsistent();
        InboxFilter drafting = InboxFilter.NONE.withStatus(TableStatus.DRAFTING);
        assertThat(inbox.counts(org.drafter1, drafting).of(InboxTab.OPEN)).isEqualTo(2);

        // the unit edits the second table: a larger 预算数 than any, a name first in order
        TargetTable content = table(second).content();
        TargetTable renamed = new TargetTable(
                content.projectCode(),
                "啊改名的项目",
                content.unitCode(),
                content.unitName(),
                content.fiscalYear(),
                content.budget(),
                content.fiscalFunds(),
                content.otherFunds(),
                content.fundPurpose(),
                content.plan(),
                content.goals(),
                content.indicators());
        TargetTable edited = renamed.withAmounts(
                MoneyCell.of(new BigDecimal("99999.99")), content.fiscalFunds(), content.otherFunds());
        approvals.saveDraft(org.drafter1, second, edited, table(second).version());
        assertConsistent();
        List<InboxRow> byBudget = inbox.page(
                        org.drafter1, InboxTab.OPEN, drafting, PageRequest.first(1, SortKey.BUDGET, true))
                .rows();
        assertThat(byBudget).singleElement().satisfies(row -> {
            assertThat(row.tableId()).isEqualTo(second);
            assertThat(row.budget()).isEqualByComparingTo("99999.99");
        });
        assertThat(inbox.page(
                                org.drafter1,
                                InboxTab.OPEN,
                                InboxFilter.NONE.withText("啊改名"),
                                PageRequest.first(10, SortKey.PROJECT_NAME, false))
                        .rows())
                .extracting(InboxRow::tableId)
                .containsExactly(second);

        // the 预算数 put back (the funds must add up), resubmitted: it leaves the unit's 修改 filter and waits at
        // the department again under its new name
        approvals.saveDraft(org.drafter1, second, renamed, table(second).version());
        approvals.submit(org.drafter1, second);
        assertConsistent();
        assertThat(inbox.counts(org.drafter1, drafting).of(InboxTab.OPEN)).isEqualTo(1);
        assertThat(inbox.page(
                                org.reviewer1,
                                InboxTab.CLAIMABLE,
                                InboxFilter.NONE
                                        .withStatus(TableStatus.DEPT_REVIEW)
                                        .withText("啊改名"),
                                PageRequest.first(10, SortKey.PROJECT_NAME, true))
                        .rows())
                .extracting(InboxRow::tableId)
                .containsExactly(second);
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
        AsOwner.inTransaction(db, owner -> owner.execute("drop trigger open_task_task_update on act_ru_task"));
        jdbc.update("delete from open_task");
        try {
            approvals.claim(org.reviewer1, task);
            approvals.unclaim(org.reviewer1, task);
            assertThat(rows(task)).isEmpty();

            putTriggersInPlace();

            assertThat(jdbc.queryForList(
                            "select tgname from pg_trigger where tgname like 'open\\_task\\_task\\_%'"
                                    + " or tgname = 'open_task_link'",
                            String.class))
                    .containsExactlyInAnyOrderElementsOf(OpenTaskTriggers.TRIGGERS.keySet());
            assertThat(rows(task)).containsOnlyKeys(CandidateGroups.departmentReviewers(org.department.code()));
            assertConsistent();
            approvals.claim(org.reviewer1, task);
            assertThat(rows(task)).isEmpty();
        } finally {
            // whatever failed above, the other tests of this class find the projection whole (a no-op when it is)
            putTriggersInPlace();
        }
    }

    private void putTriggersInPlace() {
        ProjectionChecks.putTriggersInPlace(db, triggers);
    }

    /** The projection's rows of an unassigned task: candidate group → due date. */
    private Map<String, Object> rows(String taskId) {
        return rows(taskId, "C");
    }

    /** The projection's rows of a task of a kind (A: assigned, C: candidate group): holder → due date. */
    private Map<String, Object> rows(String taskId, String kind) {
        Map<String, Object> rows = new java.util.HashMap<>();
        jdbc.query(
                "select holder, due_date from open_task where task_id = ? and kind = ?",
                rs -> {
                    rows.put(rs.getString("holder"), rs.getTimestamp("due_date"));
                },
                taskId,
                kind);
        return rows;
    }

    /** The projection holds exactly what its definition gives. */
    static void assertConsistent(JdbcTemplate jdbc) {
        ProjectionChecks.assertMatchesDefinition(
                jdbc, "open_task", OpenTaskTriggers.COLUMNS, OpenTaskTriggers.DEFINITION);
    }

    private void assertConsistent() {
        assertConsistent(jdbc);
    }
}
