package cn.perftarget.workflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perftarget.bpmn.TargetApprovalProcess;
import cn.perftarget.workflow.WorkflowTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A table of a 442 unit waiting at 主管部门审核 reaches exactly the users our organisation makes the department's
 * reviewers: the engine asks our identity provider who is in the task's candidate group.
 */
class IdentityTaskCandidateTest extends WorkflowTestSupport {

    private String processInstance;

    @BeforeEach
    void aTableOf442AtDepartmentReview() {
        long id = submitted(user("bianzhi"));
        processInstance = processInstance(id);
        assertThat(task(id).getTaskDefinitionKey()).isEqualTo(TargetApprovalProcess.DEPARTMENT_REVIEW);
    }

    @Test
    void departmentReviewersAreCandidates() {
        assertThat(taskService
                        .createTaskQuery()
                        .processInstanceId(processInstance)
                        .taskCandidateUser("bumen")
                        .list())
                .extracting("taskDefinitionKey")
                .containsExactly(TargetApprovalProcess.DEPARTMENT_REVIEW);
        // a unit user with the department reviewer role reviews for the unit's department
        assertThat(taskService
                        .createTaskQuery()
                        .processInstanceId(processInstance)
                        .taskCandidateUser("shuangzhi")
                        .count())
                .isOne();
    }

    @Test
    void othersAreNotCandidates() {
        for (String user : new String[] {"bianzhi", "caizheng", "shenji", "admin", "yunwei"}) {
            assertThat(taskService
                            .createTaskQuery()
                            .processInstanceId(processInstance)
                            .taskCandidateUser(user)
                            .count())
                    .as(user)
                    .isZero();
        }
    }
}
