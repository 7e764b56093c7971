package cn.perftarget.workflow.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import cn.perftarget.bpmn.ApprovalVariables;
import cn.perftarget.bpmn.DepartmentDecision;
import cn.perftarget.bpmn.TargetApprovalProcess;
import cn.perftarget.domain.table.TableStatus;
import cn.perftarget.workflow.WorkflowTestSupport;
import cn.perftarget.workflow.support.TestOrganisation;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The approval process moves only through the service: the engine API alone (Tasklist, Cockpit, REST) is refused by
 * {@link EngineGuard}, and the very same calls go through inside {@link ServiceCall#run}. Both halves matter: a call
 * that failed for some other reason (a missing variable, a wrong id) would be refused without the guard too.
 */
class EngineGuardTest extends WorkflowTestSupport {

    @Autowired
    private PlatformTransactionManager transactionManager;

    @Test
    void claimCompleteStartAndDeleteAreRefusedOutsideAServiceCallAndWorkInsideOne() {
        TestOrganisation org = newOrganisation();
        long id = submitted(org.drafter1);
        String review = taskId(id);
        String processInstance = processInstance(id);
        String reviewer = org.reviewer1.username();
        // everything a start needs, as the service passed it: only the guard can refuse a start with these
        Map<String, Object> startVariables = runtimeService.getVariables(processInstance);
        Map<String, Object> pass = Map.of(ApprovalVariables.DEPARTMENT_DECISION, DepartmentDecision.PASS.value());

        // behind the service's back (Tasklist, Cockpit, REST): refused by the guard, nothing changes
        assertRefusedByTheGuard(() -> taskService.claim(review, reviewer));
        assertRefusedByTheGuard(() -> taskService.setAssignee(review, reviewer));
        assertRefusedByTheGuard(() -> taskService.complete(review, pass));
        assertRefusedByTheGuard(() -> runtimeService.startProcessInstanceByKey(
                TargetApprovalProcess.PROCESS_KEY, String.valueOf(id), startVariables));
        assertRefusedByTheGuard(() -> runtimeService.deleteProcessInstance(processInstance, "Cockpit"));

        assertThat(status(id)).isEqualTo(TableStatus.DEPT_REVIEW);
        assertThat(task(id).getId()).isEqualTo(review);
        assertThat(task(id).getAssignee()).isNull();
        assertThat(runtimeService
                        .createProcessInstanceQuery()
                        .processDefinitionKey(TargetApprovalProcess.PROCESS_KEY)
                        .processInstanceBusinessKey(String.valueOf(id))
                        .count())
                .isOne();

        // the same calls inside a service call go through (in a transaction rolled back at the end, so the round
        // is left as the service made it)
        TransactionTemplate tx = new TransactionTemplate(transactionManager);
        tx.executeWithoutResult(rollback -> {
            ServiceCall.run(() -> {
                taskService.claim(review, reviewer);
                assertThat(taskService
                                .createTaskQuery()
                                .taskId(review)
                                .singleResult()
                                .getAssignee())
                        .isEqualTo(reviewer);
                taskService.complete(review, pass);
                Task fiscal = taskService
                        .createTaskQuery()
                        .processInstanceId(processInstance)
                        .singleResult();
                assertThat(fiscal.getTaskDefinitionKey()).isEqualTo(TargetApprovalProcess.FISCAL_REVIEW);

                ProcessInstance started = runtimeService.startProcessInstanceByKey(
                        TargetApprovalProcess.PROCESS_KEY, String.valueOf(id), startVariables);
                assertThat(taskService
                                .createTaskQuery()
                                .processInstanceId(started.getId())
                                .singleResult()
                                .getTaskDefinitionKey())
                        .isEqualTo(TargetApprovalProcess.DEPARTMENT_REVIEW);
                runtimeService.deleteProcessInstance(started.getId(), "test");
                assertThat(runtimeService
                                .createProcessInstanceQuery()
                                .processInstanceId(started.getId())
                                .count())
                        .isZero();
                return null;
            });
            rollback.setRollbackOnly();
        });

        assertThat(status(id)).isEqualTo(TableStatus.DEPT_REVIEW);
        assertThat(task(id).getId()).isEqualTo(review);
        assertThat(task(id).getAssignee()).isNull();
    }

    /**
     * The call fails, and the reason is the guard's own refusal: the exception it throws (directly or as the cause
     * Camunda wraps around a listener's exception) has its message and was thrown in EngineGuard.
     */
    private static void assertRefusedByTheGuard(ThrowingCallable call) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).as("refused").isInstanceOf(ProcessEngineException.class);
        Throwable refusal = thrown;
        while (!EngineGuard.REFUSAL.equals(refusal.getMessage()) && refusal.getCause() != null) {
            refusal = refusal.getCause();
        }
        assertThat(refusal)
                .as("the guard's refusal in " + thrown)
                .isExactlyInstanceOf(ProcessEngineException.class)
                .hasMessage(EngineGuard.REFUSAL);
        assertThat(refusal.getStackTrace()[0].getClassName()).as("thrown by").isEqualTo(EngineGuard.class.getName());
    }
}
