package cn.perftarget.workflow.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.perftarget.bpmn.TargetApprovalProcess;
import cn.perftarget.domain.audit.AuditEntry;
import cn.perftarget.domain.table.StoredTable;
import cn.perftarget.domain.table.TableStatus;
import cn.perftarget.domain.user.AppUser;
import cn.perftarget.workflow.WorkflowTestSupport;
import cn.perftarget.workflow.support.InjectedFailure;
import cn.perftarget.workflow.support.SeedContent;
import java.util.List;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A failure after the engine step undoes the engine step, the table status and the audit entry alike. */
class RollbackTest extends WorkflowTestSupport {

    @Autowired
    InjectedFailure failure;

    @Test
    void aFailedPassLeavesTaskStatusAndHistoryAsTheyWere() {
        long id = submitted(user("bianzhi"));
        String review = taskId(id);
        StoredTable before = table(id);
        List<AuditEntry> history = auditLog.history(id);

        failure.arm(id);
        try {
            assertThatThrownBy(() -> approvals.pass(user("bumen"), review, null))
                    .hasMessage(InjectedFailure.MESSAGE);
        } finally {
            failure.disarm(id);
        }

        assertThat(table(id)).isEqualTo(before);
        assertThat(auditLog.history(id)).isEqualTo(history);
        assertThat(task(id).getId()).isEqualTo(review);
        assertThat(task(id).getTaskDefinitionKey()).isEqualTo(TargetApprovalProcess.DEPARTMENT_REVIEW);
        assertThat(task(id).getAssignee()).isNull();
        HistoricTaskInstance historic =
                historyService.createHistoricTaskInstanceQuery().taskId(review).singleResult();
        assertThat(historic.getEndTime()).isNull();
        assertThat(historyService
                        .createHistoricTaskInstanceQuery()
                        .processInstanceId(processInstance(id))
                        .taskDefinitionKey(TargetApprovalProcess.FISCAL_REVIEW)
                        .count())
                .isZero();

        // nothing is left half-done: the same action goes through afterwards
        approvals.pass(user("bumen"), review, null);
        assertThat(status(id)).isEqualTo(TableStatus.FISCAL_REVIEW);
    }

    @Test
    void aFailedFirstSubmissionStartsNoRoundAndFreezesNoRevision() {
        AppUser drafter = user("bianzhi");
        long id = create(drafter, SeedContent.clean());
        StoredTable before = table(id);
        long instancesBefore = runtimeService
                .createProcessInstanceQuery()
                .processInstanceBusinessKey(String.valueOf(id))
                .count();

        failure.arm(id);
        try {
            assertThatThrownBy(() -> approvals.submit(drafter, id)).hasMessage(InjectedFailure.MESSAGE);
        } finally {
            failure.disarm(id);
        }

        assertThat(table(id)).isEqualTo(before);
        assertThat(rounds.state(id).processInstanceId()).isNull();
        assertThat(revisions.listByTable(id)).isEmpty();
        assertThat(auditLog.history(id)).hasSize(1);
        assertThat(instancesBefore).isZero();
        assertThat(historyService
                        .createHistoricProcessInstanceQuery()
                        .processInstanceBusinessKey(String.valueOf(id))
                        .count())
                .isZero();
    }
}
