package cn.perftarget.workflow.approval;

import cn.perftarget.bpmn.ApprovalVariables;
import cn.perftarget.bpmn.TargetApprovalProcess;
import cn.perftarget.domain.table.TableStatus;
import cn.perftarget.workflow.WorkflowTestSupport;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The approval process moves only through the service: the engine API alone (Tasklist, REST) is refused. */
class EngineGuardTest extends WorkflowTestSupport {

    @Test
    void tasksAreNotClaimedOrCompletedAndRoundsNotStartedBehindTheServicesBack() {
        long id = submitted(user("bianzhi"));
        String review = taskId(id);

        assertThatThrownBy(() -> taskService.claim(review, "bumen"))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("只能在本系统中办理");
        assertThatThrownBy(() -> taskService.complete(review,
                Map.of(ApprovalVariables.DEPARTMENT_DECISION, "pass")))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("只能在本系统中办理");
        assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(TargetApprovalProcess.PROCESS_KEY,
                String.valueOf(id))).isInstanceOf(ProcessEngineException.class);

        assertThat(status(id)).isEqualTo(TableStatus.DEPT_REVIEW);
        assertThat(task(id).getId()).isEqualTo(review);
        assertThat(task(id).getAssignee()).isNull();
    }
}
