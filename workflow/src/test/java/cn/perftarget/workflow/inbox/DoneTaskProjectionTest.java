package cn.perftarget.workflow.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.perftarget.bpmn.Grade;
import cn.perftarget.domain.db.AsOwner;
import cn.perftarget.domain.db.EmbeddedDatabase;
import cn.perftarget.domain.table.TableStatus;
import cn.perftarget.workflow.WorkflowTestSupport;
import cn.perftarget.workflow.support.TestOrganisation;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * The projection of done tasks {@code done_task} follows Camunda's history, the rounds and the tables: a completed
 * review is there under its reviewer with its table's columns, which follow the table through the rest of its round;
 * a task removed from the history (an operator's cleanup) leaves it; and it is rebuilt when its triggers are put in
 * place on an existing database.
 * <p>
 * Runs in a Spring context of its own, and so on a database of its own: it drops (as the owner) a trigger and empties
 * {@code done_task}, which must not happen under the inbox tests sharing the common context.
 */
@TestPropertySource(properties = "perftarget.test.own-context=DoneTaskProjectionTest")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class DoneTaskProjectionTest extends WorkflowTestSupport {

    @Autowired
    private DoneTaskTriggers triggers;

    @Autowired
    private EmbeddedDatabase db;

    @Test
    void aCompletedReviewIsThereUnderItsReviewerAndFollowsItsTableToTheEndOfTheRound() {
        TestOrganisation org = newOrganisation();
        long table = submitted(org.drafter1);
        String review = taskId(table);
        assertThat(rows(table)).isEmpty();
        approvals.claim(org.reviewer1, review);
        assertThat(rows(table)).as("claimed is not done").isEmpty();

        approvals.pass(org.reviewer1, review, null);
        assertThat(rows(table)).singleElement().satisfies(row -> {
            assertThat(row).containsEntry("task_id", review).containsEntry("assignee", org.reviewer1.username());
            assertThat(row).containsEntry("status", TableStatus.FISCAL_REVIEW.name());
        });
        assertConsistent();
        // the reviewer finds it under 已办 filtered by the table's step now
        InboxFilter atFiscal = InboxFilter.NONE.withStatus(TableStatus.FISCAL_REVIEW);
        assertThat(inbox.counts(org.reviewer1, atFiscal).done()).isEqualTo(1);
        assertThat(inbox.page(org.reviewer1, InboxTab.DONE, atFiscal, PageRequest.first(10, SortKey.RECEIVED, true))
                        .rows())
                .extracting(InboxRow::taskId)
                .containsExactly(review);

        String fiscalReview = taskId(table);
        approvals.grade(org.fiscal, fiscalReview, Grade.EXCELLENT, null, null);
        assertThat(rows(table))
                .extracting(row -> row.get("assignee"), row -> row.get("status"))
                .containsExactlyInAnyOrder(
                        tuple(org.reviewer1.username(), TableStatus.APPROVED.name()),
                        tuple(org.fiscal.username(), TableStatus.APPROVED.name()));
        assertThat(inbox.counts(org.reviewer1, atFiscal).done()).isZero();
        assertThat(inbox.counts(org.reviewer1, InboxFilter.NONE.withStatus(TableStatus.APPROVED))
                        .done())
                .isEqualTo(1);
        assertConsistent();

        // an operator removes the review from the history: it leaves the done tab
        asTheService(() -> historyService.deleteHistoricTaskInstance(review));
        assertThat(rows(table)).extracting(row -> row.get("task_id")).containsExactly(fiscalReview);
        assertThat(inbox.counts(org.reviewer1, InboxFilter.NONE).done()).isZero();
        assertConsistent();
    }

    @Test
    void putsMissingTriggersInPlaceAndFillsTheTableFromTheHistoryAlreadyThere() {
        TestOrganisation org = newOrganisation();
        long first = submitted(org.drafter1);
        approvals.claim(org.reviewer1, taskId(first));
        approvals.pass(org.reviewer1, taskId(first), null);
        // a database from before the projection: no triggers on the history, an empty table (the owner's doing)
        AsOwner.inTransaction(db, owner -> owner.execute("drop trigger done_task_task_update on act_hi_taskinst"));
        jdbc.update("delete from done_task");
        try {
            long second = submitted(org.drafter1);
            approvals.claim(org.reviewer1, taskId(second));
            approvals.pass(org.reviewer1, taskId(second), null);
            assertThat(rows(first)).isEmpty();
            assertThat(rows(second)).isEmpty();

            putTriggersInPlace();

            assertThat(jdbc.queryForList(
                            "select tgname from pg_trigger where tgname like 'done\\_task\\_task%'", String.class))
                    .containsExactlyInAnyOrderElementsOf(DoneTaskTriggers.TRIGGERS.keySet());
            assertThat(rows(first)).hasSize(1);
            assertThat(rows(second)).hasSize(1);
            assertConsistent();
            approvals.grade(org.fiscal, taskId(second), Grade.EXCELLENT, null, null);
            assertThat(rows(second)).hasSize(2);
            assertConsistent();
        } finally {
            // whatever failed above, the other tests of this class find the projection whole (a no-op when it is)
            putTriggersInPlace();
        }
    }

    private void putTriggersInPlace() {
        ProjectionChecks.putTriggersInPlace(db, triggers);
    }

    /** The projection's rows of a table's done tasks. */
    private List<Map<String, Object>> rows(long table) {
        return jdbc.queryForList("select task_id, assignee, status from done_task where table_id = ?", table);
    }

    /** The projection holds exactly what its definition gives. */
    static void assertConsistent(JdbcTemplate jdbc) {
        ProjectionChecks.assertMatchesDefinition(
                jdbc, "done_task", DoneTaskTriggers.COLUMNS, DoneTaskTriggers.DEFINITION);
    }

    private void assertConsistent() {
        assertConsistent(jdbc);
    }
}
