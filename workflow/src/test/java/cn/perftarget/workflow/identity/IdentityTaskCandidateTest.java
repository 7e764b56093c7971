package cn.perftarget.workflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** A task for the department reviewers of 442 reaches exactly the users our organisation makes its reviewers. */
@SpringBootTest
class IdentityTaskCandidateTest {

    private static final String PROCESS = "identityCandidateProbe";

    @Autowired
    RepositoryService repositoryService;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    TaskService taskService;

    private Deployment deployment;
    private ProcessInstance instance;

    @BeforeEach
    void startProcessWithDepartmentReview() {
        BpmnModelInstance model = Bpmn.createExecutableProcess(PROCESS)
                .camundaHistoryTimeToLive(1)
                .startEvent()
                .userTask("review")
                .name("主管部门审核")
                .camundaCandidateGroups("dept-reviewer-442")
                .endEvent()
                .done();
        deployment = repositoryService
                .createDeployment()
                .addModelInstance(PROCESS + ".bpmn", model)
                .deploy();
        instance = runtimeService.startProcessInstanceByKey(PROCESS);
    }

    @AfterEach
    void removeProcess() {
        repositoryService.deleteDeployment(deployment.getId(), true);
    }

    @Test
    void departmentReviewersAreCandidates() {
        assertThat(taskService
                        .createTaskQuery()
                        .processInstanceId(instance.getId())
                        .taskCandidateUser("bumen")
                        .list())
                .extracting("taskDefinitionKey")
                .containsExactly("review");
        // a unit user with the department reviewer role reviews for the unit's department
        assertThat(taskService
                        .createTaskQuery()
                        .processInstanceId(instance.getId())
                        .taskCandidateUser("shuangzhi")
                        .count())
                .isOne();
    }

    @Test
    void othersAreNotCandidates() {
        for (String user : new String[] {"bianzhi", "caizheng", "shenji", "admin"}) {
            assertThat(taskService
                            .createTaskQuery()
                            .processInstanceId(instance.getId())
                            .taskCandidateUser(user)
                            .count())
                    .as(user)
                    .isZero();
        }
    }
}
