package cn.perftarget.workflow.approval;

import cn.perftarget.domain.audit.AuditAction;
import cn.perftarget.domain.user.AppUser;
import cn.perftarget.domain.user.Role;
import cn.perftarget.domain.user.UserRepository;
import cn.perftarget.workflow.access.Authorship;
import cn.perftarget.workflow.process.ProcessStep;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.Objects;

/** 认领, 取消认领 and 转办 of review tasks. */
@Component
class AssignmentActions {

    private final TaskLocator locator;
    private final TaskGuard guard;
    private final TaskService taskService;
    private final UserRepository users;
    private final Authorship authorship;
    private final Transitions transitions;

    AssignmentActions(TaskLocator locator, TaskGuard guard, TaskService taskService, UserRepository users,
                      Authorship authorship, Transitions transitions) {
        this.locator = locator;
        this.guard = guard;
        this.taskService = taskService;
        this.users = users;
        this.authorship = authorship;
        this.transitions = transitions;
    }

    @Transactional
    public ActionResult claim(AppUser user, String taskId) {
        LocatedTask task = reviewTask(user, taskId, "认领");
        if (user.username().equals(task.assignee())) {
            throw new NotAllowedException("您已认领该任务");
        }
        guard.requireNotClaimedByOther(user, task);
        guard.requireNotAuthor(user, task);
        taskService.claim(task.id(), user.username());
        return transitions.apply(Change.of(user, reviewerRole(task), AuditAction.CLAIM, task.handle()).noStateChange());
    }

    @Transactional
    public ActionResult unclaim(AppUser user, String taskId) {
        LocatedTask task = reviewTask(user, taskId, "取消认领");
        if (!user.username().equals(task.assignee())) {
            throw new NotAllowedException("只有认领人可以取消认领");
        }
        taskService.setAssignee(task.id(), null);
        return transitions.apply(Change.of(user, reviewerRole(task), AuditAction.UNCLAIM, task.handle())
                .noStateChange());
    }

    /** Hands the task to a colleague of the same organisation who may review it. */
    @Transactional
    public ActionResult transfer(AppUser user, String taskId, String colleague, String comment) {
        LocatedTask task = reviewTask(user, taskId, "转办");
        guard.requireNotClaimedByOther(user, task);
        guard.requireNotAuthor(user, task);
        if (colleague == null || colleague.isBlank()) {
            throw new InvalidInputException("请选择转办给哪位同事");
        }
        AppUser target = users.findByUsername(colleague.strip())
                .orElseThrow(() -> new InvalidInputException("用户 " + colleague.strip() + " 不存在"));
        if (target.username().equals(user.username())) {
            throw new InvalidInputException("不能转办给自己");
        }
        if (!target.enabled() || !Objects.equals(target.organisation().id(), user.organisation().id())) {
            throw new NotAllowedException("只能转办给本单位（本部门、本科室）在岗的同事");
        }
        if (!guard.isCandidate(target, task.id())) {
            throw new NotAllowedException(target.displayName() + "不是该任务的审核人，不能转办");
        }
        if (authorship.isAuthor(target.username(), task.handle().id())) {
            throw new NotAllowedException(target.displayName() + "编制或修改过该绩效目标表，不能审核（不相容职责分离）");
        }
        taskService.setAssignee(task.id(), target.username());
        String note = "转办给" + target.displayName() + "（" + target.username() + "）";
        String why = Checks.optional(comment);
        return transitions.apply(Change.of(user, reviewerRole(task), AuditAction.TRANSFER, task.handle())
                .noStateChange()
                .comment(why == null ? note : note + "：" + why));
    }

    private LocatedTask reviewTask(AppUser user, String taskId, String action) {
        LocatedTask task = locator.locate(user, taskId);
        if (!task.step().isReview()) {
            throw new NotAllowedException("只有审核任务可以" + action);
        }
        guard.requireCandidate(user, task);
        return task;
    }

    static String reviewerRole(LocatedTask task) {
        return task.step() == ProcessStep.FISCAL_REVIEW ? Role.FISCAL_REVIEWER.name() : Role.DEPT_REVIEWER.name();
    }
}
