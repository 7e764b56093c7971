package cn.perftarget.workflow.approval;

import cn.perftarget.bpmn.ApprovalVariables;
import cn.perftarget.bpmn.DepartmentDecision;
import cn.perftarget.domain.audit.AuditAction;
import cn.perftarget.domain.table.TableStatus;
import cn.perftarget.domain.user.AppUser;
import cn.perftarget.domain.user.Role;
import cn.perftarget.workflow.process.ProcessStep;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** 主管部门审核: the department reviewer passes the table on to the fiscal bureau or returns it to the unit. */
@Component
class DepartmentReviewActions {

    private final TaskLocator locator;
    private final TaskGuard guard;
    private final TaskCompletion completion;
    private final RoundVariables variables;
    private final Transitions transitions;

    DepartmentReviewActions(
            TaskLocator locator,
            TaskGuard guard,
            TaskCompletion completion,
            RoundVariables variables,
            Transitions transitions) {
        this.locator = locator;
        this.guard = guard;
        this.completion = completion;
        this.variables = variables;
        this.transitions = transitions;
    }

    @Transactional
    public ActionResult pass(AppUser user, String taskId, @Nullable String comment) {
        LocatedTask task = reviewed(user, taskId);
        complete(user, task, DepartmentDecision.PASS);
        return transitions.apply(Change.of(user, Role.DEPT_REVIEWER.name(), AuditAction.PASS, task.handle())
                .expect(ProcessStep.FISCAL_REVIEW)
                .comment(Checks.optional(comment)));
    }

    @Transactional
    public ActionResult returnToUnit(AppUser user, String taskId, @Nullable String comment) {
        String why = Checks.requireComment(comment, "error.comment.return");
        LocatedTask task = reviewed(user, taskId);
        complete(user, task, DepartmentDecision.RETURN);
        return transitions.apply(Change.of(user, Role.DEPT_REVIEWER.name(), AuditAction.RETURN, task.handle())
                .expect(ProcessStep.REVISE)
                .comment(why));
    }

    private LocatedTask reviewed(AppUser user, String taskId) {
        LocatedTask task = locator.locate(user, taskId);
        guard.requireReviewer(user, task, ProcessStep.DEPARTMENT_REVIEW);
        Checks.requireStatus(task.handle(), "error.status.departmentReview", TableStatus.DEPT_REVIEW);
        return task;
    }

    private void complete(AppUser user, LocatedTask task, DepartmentDecision decision) {
        Map<String, Object> vars = variables.withDueDates(task.handle());
        vars.put(ApprovalVariables.DEPARTMENT_DECISION, decision.value());
        completion.complete(user, task, vars);
    }
}
