package cn.perftarget.workflow.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.perftarget.domain.org.OrgKind;
import cn.perftarget.domain.org.Organisation;
import cn.perftarget.domain.table.TableStatus;
import cn.perftarget.domain.user.AppUser;
import cn.perftarget.domain.user.Role;
import cn.perftarget.workflow.WorkflowTestSupport;
import cn.perftarget.workflow.error.NotAllowedException;
import cn.perftarget.workflow.process.ServiceCall;
import cn.perftarget.workflow.support.TestOrganisation;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Being a candidate of a task is not enough to review it: the reviewer must hold the step's role in the organisation
 * the table is routed to. A candidacy someone got another way (Tasklist let candidates add groups and users before the
 * engine refused it) gives no power over the review, even to a user who may see the table.
 */
class ReviewerOfStepTest extends WorkflowTestSupport {

    @Test
    void anAuditorMadeACandidateCannotClaimPassOrReceiveTheTask() {
        TestOrganisation org = newOrganisation();
        long id = submitted(org.drafter1);
        // an auditor of the region sees the table, and so got past the scope check before
        AppUser outsider = candidateOfTheTask(org, id, "x", org.department.parentId(), Role.AUDITOR);

        assertNotReviewer(() -> approvals.claim(outsider, taskId(id)));
        assertNotReviewer(() -> approvals.pass(outsider, taskId(id), "同意"));
        assertThatThrownBy(() -> approvals.transfer(org.reviewer1, taskId(id), outsider.username(), null))
                .isInstanceOf(NotAllowedException.class);
        assertThat(status(id)).isEqualTo(TableStatus.DEPT_REVIEW);
        assertThat(task(id).getAssignee()).isNull();
    }

    @Test
    void aFiscalReviewerMadeACandidateOfTheDepartmentReviewCannotPass() {
        TestOrganisation org = newOrganisation();
        long id = submitted(org.drafter1);
        AppUser stranger =
                candidateOfTheTask(org, id, "y", org.fiscal.organisation().savedId(), Role.FISCAL_REVIEWER);

        assertNotReviewer(() -> approvals.claim(stranger, taskId(id)));
        assertNotReviewer(() -> approvals.pass(stranger, taskId(id), "同意"));
        assertThat(status(id)).isEqualTo(TableStatus.DEPT_REVIEW);
        // the department's own reviewer still may
        approvals.pass(org.reviewer1, taskId(id), "同意");
        assertThat(status(id)).isEqualTo(TableStatus.FISCAL_REVIEW);
    }

    @Test
    void aFiscalReviewerOfASectionTheTableIsNotRoutedToCannotGrade() {
        TestOrganisation org = newOrganisation();
        long id = atFiscalReview(org.drafter1, org.reviewer1);
        // a second section also responsible for the department: its reviewers see the table, the routing chose another
        Organisation second = organisations.save(new Organisation(
                null,
                "F-2ND-" + org.department.code(),
                "第二科室",
                OrgKind.SECTION,
                org.department.parentId(),
                org.region));
        organisations.assignDepartment(second.savedId(), org.department.savedId());
        AppUser stranger = candidateOfTheTask(org, id, "z", second.savedId(), Role.FISCAL_REVIEWER);

        assertNotReviewer(() -> approvals.grade(stranger, taskId(id), cn.perftarget.bpmn.Grade.EXCELLENT, null, null));
        assertThat(status(id)).isEqualTo(TableStatus.FISCAL_REVIEW);
    }

    @Test
    void theDepartmentsReviewerCannotPassOnceTheirGroupIsNoLongerACandidateOfTheTask() {
        TestOrganisation org = newOrganisation();
        long id = submitted(org.drafter1);
        // the candidate group taken off the task behind the service (an operator's change in the engine): holding the
        // step's role in the right department is not enough without the candidacy
        ServiceCall.run(() -> {
            taskService.deleteCandidateGroup(
                    taskId(id), cn.perftarget.bpmn.CandidateGroups.departmentReviewers(org.department.code()));
            return null;
        });

        assertThatThrownBy(() -> approvals.pass(org.reviewer1, taskId(id), "同意"))
                .isInstanceOf(NotAllowedException.class)
                .satisfies(
                        e -> assertThat(((NotAllowedException) e).text().key()).isEqualTo("error.task.notCandidate"));
        assertThat(status(id)).isEqualTo(TableStatus.DEPT_REVIEW);
    }

    /** A user of {@code organisationId} with {@code role}, made a candidate of the task behind the service. */
    private AppUser candidateOfTheTask(
            TestOrganisation org, long tableId, String tag, @Nullable Long organisationId, Role role) {
        AppUser user = users.save(
                "outsider-" + tag + org.department.code(), "外来用户", "{noop}unused", organisationId, Set.of(role), false);
        String group = "outsider-group-" + tag + org.department.code();
        ServiceCall.run(() -> {
            taskService.addCandidateUser(taskId(tableId), user.username());
            return null;
        });
        assertThat(taskService
                        .createTaskQuery()
                        .taskId(taskId(tableId))
                        .taskCandidateUser(user.username())
                        .count())
                .as("a candidate of the task")
                .isOne();
        return user;
    }

    private static void assertNotReviewer(org.assertj.core.api.ThrowableAssert.ThrowingCallable action) {
        assertThatThrownBy(action)
                .isInstanceOf(NotAllowedException.class)
                .satisfies(e ->
                        assertThat(((NotAllowedException) e).text().key()).isEqualTo("error.task.notReviewerOfStep"));
    }
}
