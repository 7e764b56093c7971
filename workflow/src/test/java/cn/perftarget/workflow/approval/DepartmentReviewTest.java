package cn.perftarget.workflow.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.perftarget.bpmn.ApprovalVariables;
import cn.perftarget.bpmn.CandidateGroups;
import cn.perftarget.bpmn.TargetApprovalProcess;
import cn.perftarget.domain.audit.AuditAction;
import cn.perftarget.domain.audit.AuditEntry;
import cn.perftarget.domain.table.TableStatus;
import cn.perftarget.domain.user.AppUser;
import cn.perftarget.domain.user.Role;
import cn.perftarget.workflow.WorkflowTestSupport;
import cn.perftarget.workflow.error.InvalidInputException;
import cn.perftarget.workflow.error.NotAllowedException;
import cn.perftarget.workflow.notification.NotificationKind;
import cn.perftarget.workflow.notification.NotificationRepository;
import cn.perftarget.workflow.support.TestOrganisation;
import cn.perftarget.workflow.text.WorkflowTexts;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** 主管部门审核: pass (routed to the section responsible for the department) or return with a comment. */
class DepartmentReviewTest extends WorkflowTestSupport {

    @Autowired
    NotificationRepository notifications;

    @Test
    void passGoesToTheFiscalSectionTheDecisionTablePicks() {
        AppUser bumen = user("bumen");
        long id = submitted(user("bianzhi"));
        String reviewTask = taskId(id);

        ActionResult passed = approvals.pass(bumen, reviewTask, "同意");

        assertThat(passed.toStatus()).isEqualTo(TableStatus.FISCAL_REVIEW);
        assertThat(status(id)).isEqualTo(TableStatus.FISCAL_REVIEW);
        assertThat(task(id).getTaskDefinitionKey()).isEqualTo(TargetApprovalProcess.FISCAL_REVIEW);
        assertThat(runtimeService.getVariable(processInstance(id), ApprovalVariables.FISCAL_SECTION))
                .isEqualTo("F-QHD-1");
        assertThat(taskService.getIdentityLinksForTask(taskId(id)))
                .extracting(IdentityLink::getGroupId)
                .containsExactly(CandidateGroups.fiscalReviewers("F-QHD-1"));
        AuditEntry pass = lastAudit(id);
        assertThat(pass.action()).isEqualTo(AuditAction.PASS);
        assertThat(pass.actor()).isEqualTo("bumen");
        assertThat(pass.actorRole()).isEqualTo(Role.DEPT_REVIEWER.name());
        assertThat(pass.comment()).isEqualTo("同意");
        assertThat(pass.fromState()).isEqualTo(TableStatus.DEPT_REVIEW);
        assertThat(pass.toState()).isEqualTo(TableStatus.FISCAL_REVIEW);
        // the history names who completed the department review
        HistoricTaskInstance done = historyService
                .createHistoricTaskInstanceQuery()
                .taskId(reviewTask)
                .singleResult();
        assertThat(done.getAssignee()).isEqualTo("bumen");
        assertThat(done.getEndTime()).isNotNull();
    }

    @Test
    void departmentsTheTableDoesNotListGoToTheDefaultSection() {
        TestOrganisation org = newOrganisation();
        long id = submitted(org.drafter1);
        approvals.pass(org.reviewer1, taskId(id), null);
        assertThat(runtimeService.getVariable(processInstance(id), ApprovalVariables.FISCAL_SECTION))
                .isEqualTo("F-DEFAULT");
        assertThat(taskService.getIdentityLinksForTask(taskId(id)))
                .extracting(IdentityLink::getGroupId)
                .containsExactly(CandidateGroups.fiscalReviewers("F-DEFAULT"));
    }

    @Test
    void returnNeedsACommentAndSendsTheTableBackToTheUnit() {
        AppUser bianzhi = user("bianzhi");
        AppUser bumen = user("bumen");
        long id = submitted(bianzhi);
        String reviewTask = taskId(id);

        assertThatThrownBy(() -> approvals.returnToUnit(bumen, reviewTask, "  "))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("必须填写意见");
        assertThat(status(id)).isEqualTo(TableStatus.DEPT_REVIEW);
        assertThat(taskId(id)).isEqualTo(reviewTask);
        assertThat(actions(id)).containsExactly(AuditAction.CREATE, AuditAction.SUBMIT);

        ActionResult returned = approvals.returnToUnit(bumen, reviewTask, "绩效目标不够具体，请量化");
        assertThat(returned.toStatus()).isEqualTo(TableStatus.DRAFTING);
        assertThat(task(id).getTaskDefinitionKey()).isEqualTo(TargetApprovalProcess.REVISE);
        assertThat(lastAudit(id).comment()).isEqualTo("绩效目标不够具体，请量化");
        assertThat(notifications.latest("bianzhi", 20)).anySatisfy(n -> {
            assertThat(n.tableId()).isEqualTo(id);
            assertThat(n.kind()).isEqualTo(NotificationKind.OUTCOME);
            assertThat(WorkflowTexts.chinese(n.message())).contains("退回修改").contains("请量化");
        });

        // the unit revises and resubmits: the department reviews again, a second revision is frozen
        approvals.saveDraft(
                bianzhi,
                id,
                table(id).content().withGoals("1.保障政务大厅设备正常运行，故障修复率≥98%"),
                table(id).version());
        ActionResult resubmitted = approvals.submit(bianzhi, id);
        assertThat(resubmitted.toStatus()).isEqualTo(TableStatus.DEPT_REVIEW);
        assertThat(task(id).getTaskDefinitionKey()).isEqualTo(TargetApprovalProcess.DEPARTMENT_REVIEW);
        assertThat(revisions.listByTable(id)).hasSize(2);
        assertThat(rounds.state(id).reviewRevisionId()).isEqualTo(resubmitted.revisionId());
        assertThat(actions(id))
                .containsExactly(
                        AuditAction.CREATE,
                        AuditAction.SUBMIT,
                        AuditAction.RETURN,
                        AuditAction.EDIT,
                        AuditAction.SUBMIT);
    }

    @Test
    void onlyTheDepartmentsReviewersReviewIt() {
        long id = submitted(user("bianzhi"));
        String reviewTask = taskId(id);
        // the drafter, and a fiscal reviewer who sees the table, are no candidates of the department review
        assertThatThrownBy(() -> approvals.pass(user("bianzhi"), reviewTask, null))
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> approvals.pass(user("caizheng"), reviewTask, null))
                .isInstanceOf(NotAllowedException.class)
                .hasMessage("只有该表所属主管部门或分派的财政科室的主管部门审核人员可以办理此任务");
        // a fiscal action on a department task is refused
        assertThatThrownBy(() ->
                        approvals.grade(user("bumen"), reviewTask, cn.perftarget.bpmn.Grade.EXCELLENT, null, null))
                .isInstanceOf(NotAllowedException.class)
                .hasMessageContaining("主管部门审核");
        assertThat(status(id)).isEqualTo(TableStatus.DEPT_REVIEW);
        assertThat(actions(id)).containsExactly(AuditAction.CREATE, AuditAction.SUBMIT);
    }
}
