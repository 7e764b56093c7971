package cn.perftarget.workflow.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.perftarget.bpmn.Grade;
import cn.perftarget.bpmn.TargetApprovalProcess;
import cn.perftarget.domain.audit.AuditAction;
import cn.perftarget.domain.audit.AuditEntry;
import cn.perftarget.domain.revision.FieldChange;
import cn.perftarget.domain.revision.Revision;
import cn.perftarget.domain.revision.RevisionDiff;
import cn.perftarget.domain.revision.RevisionKind;
import cn.perftarget.domain.table.StoredTable;
import cn.perftarget.domain.table.TableField;
import cn.perftarget.domain.table.TableStatus;
import cn.perftarget.domain.table.TargetTable;
import cn.perftarget.domain.user.AppUser;
import cn.perftarget.workflow.WorkflowTestSupport;
import cn.perftarget.workflow.error.InvalidInputException;
import cn.perftarget.workflow.error.NotAllowedException;
import cn.perftarget.workflow.settings.RegionWorkflowSettings;
import cn.perftarget.workflow.settings.RegionWorkflowSettingsRepository;
import cn.perftarget.workflow.support.TestOrganisation;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** 财政审核: each grade, the 良 edit with accept and dispute, and where a resubmission after 中 goes. */
class FiscalReviewTest extends WorkflowTestSupport {

    @Autowired
    RegionWorkflowSettingsRepository regionSettings;

    @Test
    void excellentApprovesTheSubmittedRevision() {
        AppUser drafter = user("bianzhi");
        long id = atFiscalReview(drafter, user("bumen"));
        Long submitted = rounds.state(id).reviewRevisionId();

        ActionResult graded = approvals.grade(user("caizheng"), taskId(id), Grade.EXCELLENT, null, null);

        assertThat(graded.toStatus()).isEqualTo(TableStatus.APPROVED);
        StoredTable approved = table(id);
        assertThat(approved.status()).isEqualTo(TableStatus.APPROVED);
        Revision inForce = revisions.findById(approved.approvedRevisionId()).orElseThrow();
        assertThat(inForce.kind()).isEqualTo(RevisionKind.APPROVED);
        assertThat(inForce.snapshot())
                .isEqualTo(revisions.findById(submitted).orElseThrow().snapshot());
        assertThat(ended(id).getEndActivityId()).isEqualTo(TargetApprovalProcess.APPROVED);
        AuditEntry grade = lastAudit(id);
        assertThat(grade.action()).isEqualTo(AuditAction.GRADE);
        assertThat(grade.comment()).isEqualTo("评级：优");
        assertThat(grade.revisionId()).isEqualTo(inForce.id());
        assertThat(grade.toState()).isEqualTo(TableStatus.APPROVED);
    }

    @Test
    void goodNeedsAnEditWhichTheUnitAccepts() {
        AppUser drafter = user("bianzhi");
        AppUser caizheng = user("caizheng");
        long id = atFiscalReview(drafter, user("bumen"));
        String fiscalTask = taskId(id);
        TargetTable submitted = table(id).content();

        assertThatThrownBy(() -> approvals.grade(caizheng, fiscalTask, Grade.GOOD, null, null))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> approvals.grade(caizheng, fiscalTask, Grade.GOOD, null, submitted))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("请评为“优”");
        assertThat(revisions.listByTable(id)).hasSize(1);

        TargetTable edited = submitted.withGoals(submitted.goals() + "，设备完好率≥95%");
        ActionResult graded = approvals.grade(caizheng, fiscalTask, Grade.GOOD, "补充了量化目标", edited);

        assertThat(graded.toStatus()).isEqualTo(TableStatus.UNIT_CONFIRM);
        Revision edit = revisions.findById(graded.revisionId()).orElseThrow();
        assertThat(edit.createdBy()).isEqualTo("caizheng");
        assertThat(table(id).content().goals()).isEqualTo(edited.goals());
        assertThat(task(id).getTaskDefinitionKey()).isEqualTo(TargetApprovalProcess.UNIT_CONFIRMATION);
        RevisionDiff diff = reader.review(drafter, id).diff();
        assertThat(diff.fields()).extracting(FieldChange::field).containsExactly(TableField.GOALS);

        ActionResult accepted = approvals.accept(drafter, taskId(id));
        assertThat(accepted.toStatus()).isEqualTo(TableStatus.APPROVED);
        Revision inForce = revisions.findById(table(id).approvedRevisionId()).orElseThrow();
        assertThat(inForce.snapshot().goals()).isEqualTo(edited.goals());
        assertThat(ended(id).getEndActivityId()).isEqualTo(TargetApprovalProcess.APPROVED);
        assertThat(actions(id)).containsSubsequence(AuditAction.GRADE, AuditAction.ACCEPT);
        // both revisions kept: the unit's and the reviewer's, then the approved one
        assertThat(revisions.listByTable(id))
                .extracting(Revision::createdBy)
                .containsExactly("bianzhi", "caizheng", "bianzhi");
    }

    @Test
    void aDisputeBringsTheUnitsRevisionBackToTheFiscalReview() {
        AppUser drafter = user("bianzhi");
        AppUser caizheng = user("caizheng");
        long id = atFiscalReview(drafter, user("bumen"));
        TargetTable submitted = table(id).content();
        Long submittedRevision = rounds.state(id).reviewRevisionId();
        approvals.grade(caizheng, taskId(id), Grade.GOOD, null, submitted.withGoals("1.财政修改的目标，完成率≥90%"));
        String confirmation = taskId(id);

        assertThatThrownBy(() -> approvals.dispute(drafter, confirmation, null))
                .isInstanceOf(InvalidInputException.class);
        assertThat(status(id)).isEqualTo(TableStatus.UNIT_CONFIRM);
        // only the unit's drafters answer
        assertThatThrownBy(() -> approvals.accept(caizheng, confirmation)).isInstanceOf(NotAllowedException.class);

        ActionResult disputed = approvals.dispute(drafter, confirmation, "原目标符合实际，不同意修改");
        assertThat(disputed.toStatus()).isEqualTo(TableStatus.FISCAL_REVIEW);
        assertThat(task(id).getTaskDefinitionKey()).isEqualTo(TargetApprovalProcess.FISCAL_REVIEW);
        assertThat(table(id).content()).isEqualTo(submitted);
        assertThat(rounds.state(id).reviewRevisionId()).isEqualTo(submittedRevision);
        assertThat(revisions.listByTable(id)).hasSize(2);

        // the same reviewer reviews the unit's revision again: they did not draft it
        approvals.grade(caizheng, taskId(id), Grade.EXCELLENT, "同意单位意见", null);
        assertThat(status(id)).isEqualTo(TableStatus.APPROVED);
        assertThat(revisions
                        .findById(table(id).approvedRevisionId())
                        .orElseThrow()
                        .snapshot())
                .isEqualTo(submitted);
    }

    @Test
    void fairNeedsACommentAndTheResubmissionGoesStraightToTheFiscalReview() {
        AppUser drafter = user("bianzhi");
        AppUser caizheng = user("caizheng");
        long id = atFiscalReview(drafter, user("bumen"));
        String fiscalTask = taskId(id);

        assertThatThrownBy(() -> approvals.grade(caizheng, fiscalTask, Grade.FAIR, "", null))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("必须填写意见");
        assertThat(status(id)).isEqualTo(TableStatus.FISCAL_REVIEW);

        ActionResult fair = approvals.grade(caizheng, fiscalTask, Grade.FAIR, "成本指标需细化", null);
        assertThat(fair.toStatus()).isEqualTo(TableStatus.DRAFTING);
        assertThat(task(id).getTaskDefinitionKey()).isEqualTo(TargetApprovalProcess.REVISE);
        assertThat(lastAudit(id).comment()).isEqualTo("评级：中。成本指标需细化");

        ActionResult resubmitted = approvals.submit(drafter, id);
        assertThat(resubmitted.toStatus()).isEqualTo(TableStatus.FISCAL_REVIEW);
        assertThat(task(id).getTaskDefinitionKey()).isEqualTo(TargetApprovalProcess.FISCAL_REVIEW);
    }

    @Test
    void afterFairTheRegionCanSendTheResubmissionThroughTheDepartmentAgain() {
        TestOrganisation org = newOrganisation();
        regionSettings.save(new RegionWorkflowSettings(org.region, true, 3, 2), "test");
        long id = atFiscalReview(org.drafter1, org.reviewer1);
        approvals.grade(org.fiscal, taskId(id), Grade.FAIR, "请补充依据", null);

        ActionResult resubmitted = approvals.submit(org.drafter1, id);

        assertThat(resubmitted.toStatus()).isEqualTo(TableStatus.DEPT_REVIEW);
        assertThat(task(id).getTaskDefinitionKey()).isEqualTo(TargetApprovalProcess.DEPARTMENT_REVIEW);
    }

    @Test
    void poorEndsTheRoundAsNotFunded() {
        long id = atFiscalReview(user("bianzhi"), user("bumen"));

        ActionResult poor = approvals.grade(user("caizheng"), taskId(id), Grade.POOR, "项目不具备实施条件", null);

        assertThat(poor.toStatus()).isEqualTo(TableStatus.REJECTED);
        assertThat(table(id).status()).isEqualTo(TableStatus.REJECTED);
        assertThat(table(id).approvedRevisionId()).isNull();
        assertThat(task(id)).isNull();
        assertThat(ended(id).getEndActivityId()).isEqualTo(TargetApprovalProcess.REJECTED);
        // nothing more can happen to it
        assertThatThrownBy(() -> approvals.submit(user("bianzhi"), id)).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> approvals.reopen(user("bianzhi"), id, "重新申请")).isInstanceOf(NotAllowedException.class);
    }

    private HistoricProcessInstance ended(long id) {
        HistoricProcessInstance instance = historyService
                .createHistoricProcessInstanceQuery()
                .processInstanceId(processInstance(id))
                .singleResult();
        assertThat(instance.getEndTime()).isNotNull();
        return instance;
    }
}
