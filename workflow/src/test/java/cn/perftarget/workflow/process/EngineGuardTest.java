package cn.perftarget.workflow.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import cn.perftarget.bpmn.ApprovalVariables;
import cn.perftarget.bpmn.DepartmentDecision;
import cn.perftarget.bpmn.TargetApprovalProcess;
import cn.perftarget.domain.security.SecurityEventType;
import cn.perftarget.domain.security.SecurityLog;
import cn.perftarget.domain.security.SecurityLogEntry;
import cn.perftarget.domain.security.SecurityOutcome;
import cn.perftarget.domain.table.TableStatus;
import cn.perftarget.workflow.WorkflowTestSupport;
import cn.perftarget.workflow.support.TestOrganisation;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.el.ExpressionManager;
import org.camunda.bpm.engine.impl.el.StartProcessVariableScope;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
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

    @Autowired
    private RepositoryService repositoryService;

    @Autowired
    private AuthorizationService authorizationService;

    @Autowired
    private IdentityService identityService;

    @Autowired
    private SecurityLog securityLog;

    @Autowired
    private ProcessEngineConfigurationImpl engineConfiguration;

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

    @Test
    void everyOtherWayAroundTheServiceIsRefusedAndChangesNothing() {
        TestOrganisation org = newOrganisation();
        long id = submitted(org.drafter1);
        String review = taskId(id);
        String processInstance = processInstance(id);
        Task before = task(id);
        Map<String, Object> variables = runtimeService.getVariables(processInstance);
        String timer = managementService
                .createJobQuery()
                .processInstanceId(processInstance)
                .timers()
                .list()
                .get(0)
                .getId();

        // a candidate's Tasklist or the REST API: the round's variables, due dates, candidate groups, timers
        assertRefusedByTheGuard(() -> taskService.setVariable(review, ApprovalVariables.RESUBMIT_VIA_DEPARTMENT, true));
        assertRefusedByTheGuard(
                () -> runtimeService.setVariable(processInstance, ApprovalVariables.FISCAL_SECTION, "X"));
        assertRefusedByTheGuard(() -> taskService.removeVariable(review, ApprovalVariables.FISCAL_SECTION));
        assertRefusedByTheGuard(() -> taskService.setDueDate(review, new Date(0)));
        assertRefusedByTheGuard(() -> {
            Task t = taskService.createTaskQuery().taskId(review).singleResult();
            t.setDueDate(new Date(0));
            taskService.saveTask(t);
        });
        assertRefusedByTheGuard(() -> taskService.addCandidateGroup(review, "drafter-" + org.unit1.code()));
        assertRefusedByTheGuard(() -> taskService.deleteCandidateGroup(review, before.getTaskDefinitionKey()));
        assertRefusedByTheGuard(() -> taskService.createComment(review, processInstance, "通过"));
        assertRefusedByTheGuard(() -> managementService.setJobDuedate(timer, new Date(0)));
        assertRefusedByTheGuard(() -> historyService.deleteHistoricProcessInstance(processInstance));
        // an administrator's Cockpit or Admin: models and authorizations are fixed once the application has started
        assertRefusedByTheGuard(() -> repositoryService
                .createDeployment()
                .addModelInstance(
                        "injected.bpmn",
                        Bpmn.createExecutableProcess(TargetApprovalProcess.PROCESS_KEY)
                                .camundaHistoryTimeToLive(1)
                                .startEvent()
                                .endEvent()
                                .done())
                .deploy());
        assertRefusedByTheGuard(() -> {
            Authorization grant = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            grant.setUserId(org.drafter1.username());
            grant.setResource(Resources.PROCESS_DEFINITION);
            grant.setResourceId(Authorization.ANY);
            grant.addPermission(Permissions.ALL);
            authorizationService.saveAuthorization(grant);
        });

        assertThat(runtimeService.getVariables(processInstance)).isEqualTo(variables);
        Task after = task(id);
        assertThat(after.getDueDate()).isEqualTo(before.getDueDate());
        assertThat(taskService.getIdentityLinksForTask(review))
                .extracting(IdentityLink::getGroupId)
                .doesNotContain("drafter-" + org.unit1.code());
        assertThat(managementService
                        .createJobQuery()
                        .jobId(timer)
                        .singleResult()
                        .getDuedate())
                .isNotEqualTo(new Date(0));
        assertThat(repositoryService
                        .createProcessDefinitionQuery()
                        .processDefinitionKey(TargetApprovalProcess.PROCESS_KEY)
                        .latestVersion()
                        .singleResult()
                        .getResourceName())
                .isNotEqualTo("injected.bpmn");
        assertThat(status(id)).isEqualTo(TableStatus.DEPT_REVIEW);
    }

    @Test
    void operatorsMayRetryAJobAndItIsInTheSecurityLogOthersMayNot() {
        TestOrganisation org = newOrganisation();
        long id = submitted(org.drafter1);
        String timer = managementService
                .createJobQuery()
                .processInstanceId(processInstance(id))
                .timers()
                .list()
                .get(0)
                .getId();
        try {
            identityService.setAuthentication(org.drafter1.username(), List.of("drafter-" + org.unit1.code()));
            assertRefusedByTheGuard(() -> managementService.setJobRetries(timer, 1));
            identityService.setAuthentication("yunwei", List.of(Groups.CAMUNDA_ADMIN));
            managementService.setJobRetries(timer, 5);
        } finally {
            identityService.clearAuthentication();
        }
        assertThat(managementService
                        .createJobQuery()
                        .jobId(timer)
                        .singleResult()
                        .getRetries())
                .isEqualTo(5);
        List<SecurityLogEntry> log = securityLog.latest(SecurityEventType.OPERATOR_ACTION, 2);
        assertThat(log).extracting(e -> e.event().subject()).containsExactly("yunwei", org.drafter1.username());
        assertThat(log)
                .extracting(e -> e.event().outcome())
                .containsExactly(SecurityOutcome.SUCCESS, SecurityOutcome.FAILURE);
        assertThat(log.get(0).event().details()).isEqualTo("SetJobRetriesCmd");
    }

    @Test
    void expressionsReachTheTimerDelegatesAndNoOtherBean() {
        ExpressionManager expressions = engineConfiguration.getExpressionManager();
        Object reminder = engineConfiguration
                .getCommandExecutorTxRequired()
                .execute(context -> expressions
                        .createExpression("${" + TargetApprovalProcess.REMINDER_BEAN + "}")
                        .getValue(StartProcessVariableScope.getSharedInstance()));
        assertThat(reminder).isInstanceOf(JavaDelegate.class);
        for (String bean : List.of("approvalService", "dataSource", "jdbcTemplate", "tableReadService")) {
            assertThatThrownBy(() -> engineConfiguration
                            .getCommandExecutorTxRequired()
                            .execute(context -> expressions
                                    .createExpression("${" + bean + "}")
                                    .getValue(StartProcessVariableScope.getSharedInstance())))
                    .as(bean)
                    .isInstanceOf(ProcessEngineException.class)
                    .hasMessageContaining("Unknown property used in expression");
        }
    }

    /**
     * The call fails, and the reason is the guard's own refusal: the exception the guard throws (directly, or as the
     * cause Camunda wraps around a listener's exception) carries its message and was thrown by the guard.
     */
    private static void assertRefusedByTheGuard(ThrowingCallable call) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).as("refused").isInstanceOf(ProcessEngineException.class);
        Throwable refusal = thrown;
        while ((refusal.getMessage() == null || !refusal.getMessage().startsWith(EngineGuard.REFUSAL))
                && refusal.getCause() != null) {
            refusal = refusal.getCause();
        }
        assertThat(refusal)
                .as("the guard's refusal in " + thrown)
                .isExactlyInstanceOf(ProcessEngineException.class)
                .hasMessageStartingWith(EngineGuard.REFUSAL);
        assertThat(refusal.getStackTrace()[0].getClassName())
                .as("thrown by")
                .isIn(EngineGuard.class.getName(), CommandGuard.class.getName());
    }
}
