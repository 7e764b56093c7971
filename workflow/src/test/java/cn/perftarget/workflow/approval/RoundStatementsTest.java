package cn.perftarget.workflow.approval;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perftarget.bpmn.Grade;
import cn.perftarget.domain.table.TableStatus;
import cn.perftarget.domain.user.AppUser;
import cn.perftarget.workflow.WorkflowTestSupport;
import cn.perftarget.workflow.support.SeedContent;
import cn.perftarget.workflow.support.StatementCounter;
import cn.perftarget.workflow.support.StatementCounter.Counted;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The statements each step of a round sends (issue 18: approval throughput against the bare engine). The table row
 * is locked once per step, however many parts of the step write its history.
 */
class RoundStatementsTest extends WorkflowTestSupport {

    @Test
    void eachStepLocksTheTableRowOnce() {
        AppUser drafter = user("bianzhi");
        long id = create(drafter, SeedContent.clean());

        Counted<ActionResult> submit = counted("submit", () -> approvals.submit(drafter, id));
        AppUser departmentReviewer = user("bumen");
        String departmentTask = taskId(id);
        Counted<ActionResult> pass = counted("pass", () -> approvals.pass(departmentReviewer, departmentTask, null));
        AppUser fiscalReviewer = user("caizheng");
        String fiscalTask = taskId(id);
        Counted<ActionResult> grade =
                counted("grade", () -> approvals.grade(fiscalReviewer, fiscalTask, Grade.EXCELLENT, null, null));

        assertThat(grade.value().toStatus()).isEqualTo(TableStatus.APPROVED);
        for (Counted<ActionResult> step : List.of(submit, pass, grade)) {
            assertThat(step.statements().stream().filter(s -> s.contains("for no key update")))
                    .as("row locks among %s", step.statements())
                    .hasSize(1);
        }
    }

    private static Counted<ActionResult> counted(String step, Supplier<ActionResult> body) {
        Counted<ActionResult> counted = StatementCounter.count(body);
        System.out.println(step + ": " + counted.count() + " statements");
        return counted;
    }
}
