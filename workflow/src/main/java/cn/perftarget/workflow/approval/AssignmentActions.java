package cn.perftarget.workflow.approval;

import cn.perftarget.domain.audit.AuditAction;
import cn.perftarget.domain.user.AppUser;
import cn.perftarget.domain.user.Role;
import cn.perftarget.domain.user.UserRepository;
import cn.perftarget.workflow.access.Authorship;
import cn.perftarget.workflow.error.InvalidInputException;
import cn.perftarget.workflow.error.InvalidInputException.Input;
import cn.perftarget.workflow.error.NotAllowedException;
import cn.perftarget.workflow.history.AuditNote;
import cn.perftarget.workflow.process.ProcessStep;
import java.util.Objects;
import org.camunda.bpm.engine.TaskService;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** 认领, 取消认领 and 转办 of review tasks. */
@Component
class AssignmentActions {

    private final TaskLocator locator;
    private final TaskGuard guard;
    private final TaskService taskService;
    private final UserRepository users;
    private final Authorship authorship;
    private final Transitions transitions;

    AssignmentActions(
            TaskLocator locator,
            TaskGuard guard,
            TaskService taskService,
            UserRepository users,
            Authorship authorship,
            Transitions transitions) {
        this.locator = locator;
        this.guard = guard;
        this.taskService = taskService;
        this.users = users;
        this.authorship = authorship;
        this.transitions = transitions;
    }

    @Transactional
    public ActionResult claim(AppUser user, String taskId) {
        LocatedTask task = reviewTask(user, taskId);
        if (user.username().equals(task.assignee())) {
            throw NotAllowedException.of("error.task.alreadyMine");
        }
        guard.requireNotClaimedByOther(user, task);
        guard.requireNotAuthor(user, task);
        taskService.claim(task.id(), user.username());
        return transitions.apply(Change.of(user, reviewerRole(task), AuditAction.CLAIM, task.handle())
                .noStateChange());
    }

    @Transactional
    public ActionResult unclaim(AppUser user, String taskId) {
        LocatedTask task = reviewTask(user, taskId);
        if (!user.username().equals(task.assignee())) {
            throw NotAllowedException.of("error.task.unclaimNotMine");
        }
        taskService.setAssignee(task.id(), null);
        return transitions.apply(Change.of(user, reviewerRole(task), AuditAction.UNCLAIM, task.handle())
                .noStateChange());
    }

    /** Hands the task to a colleague of the same organisation who may review it. */
    @Transactional
    public ActionResult transfer(AppUser user, String taskId, String colleague, @Nullable String comment) {
        LocatedTask task = reviewTask(user, taskId);
        guard.requireNotClaimedByOther(user, task);
        guard.requireNotAuthor(user, task);
        if (colleague == null || colleague.isBlank()) {
            throw InvalidInputException.of(Input.COLLEAGUE, "error.transfer.colleagueRequired");
        }
        AppUser target = users.findByUsername(colleague.strip())
                .orElseThrow(() ->
                        InvalidInputException.of(Input.COLLEAGUE, "error.transfer.noSuchUser", colleague.strip()));
        if (target.username().equals(user.username())) {
            throw InvalidInputException.of(Input.COLLEAGUE, "error.transfer.self");
        }
        if (!target.enabled()
                || !Objects.equals(
                        target.organisation().id(), user.organisation().id())) {
            throw NotAllowedException.of("error.transfer.notColleague");
        }
        if (!guard.isReviewerOfStep(target, task) || !guard.isCandidate(target, task)) {
            throw NotAllowedException.of("error.transfer.notCandidate", target.displayName());
        }
        if (authorship.isAuthor(target.username(), task.handle().id())) {
            throw NotAllowedException.of("error.transfer.author", target.displayName());
        }
        taskService.setAssignee(task.id(), target.username());
        return transitions.apply(Change.of(user, reviewerRole(task), AuditAction.TRANSFER, task.handle())
                .noStateChange()
                .comment(new AuditNote.Transfer(target.displayName(), target.username(), Checks.optional(comment))
                        .format()));
    }

    private LocatedTask reviewTask(AppUser user, String taskId) {
        LocatedTask task = locator.locate(user, taskId);
        if (!task.step().isReview()) {
            throw NotAllowedException.of("error.task.notReview");
        }
        guard.requireReviewerOfStep(user, task);
        guard.requireCandidate(user, task);
        return task;
    }

    static String reviewerRole(LocatedTask task) {
        return task.step() == ProcessStep.FISCAL_REVIEW ? Role.FISCAL_REVIEWER.name() : Role.DEPT_REVIEWER.name();
    }
}
