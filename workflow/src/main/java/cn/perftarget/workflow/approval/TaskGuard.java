package cn.perftarget.workflow.approval;

import cn.perftarget.domain.org.OrgKind;
import cn.perftarget.domain.org.Organisation;
import cn.perftarget.domain.user.AppUser;
import cn.perftarget.workflow.access.AccessPolicy;
import cn.perftarget.workflow.access.Authorship;
import cn.perftarget.workflow.access.UserGroups;
import cn.perftarget.workflow.error.ConflictException;
import cn.perftarget.workflow.error.NotAllowedException;
import cn.perftarget.workflow.process.ProcessStep;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Who may act on a task: its candidates and its assignee, and for reviews only a holder of the step's role in the
 * organisation the routing names (the table's department, the routed fiscal section) — membership of a candidate
 * group alone is not enough — and nobody who drafted or edited the table.
 */
@Component
class TaskGuard {

    private final UserGroups groups;
    private final Authorship authorship;

    TaskGuard(UserGroups groups, Authorship authorship) {
        this.groups = groups;
        this.authorship = authorship;
    }

    /**
     * The user holds the role of the review step, in the organisation the table is routed to: 主管部门审核 by a
     * department reviewer of the table's department, 财政审核 by a fiscal reviewer of the section the routing chose.
     */
    void requireReviewerOfStep(AppUser user, LocatedTask task) {
        if (!isReviewerOfStep(user, task)) {
            throw NotAllowedException.of("error.task.notReviewerOfStep", task.step());
        }
    }

    boolean isReviewerOfStep(AppUser user, LocatedTask task) {
        Organisation org = user.organisation();
        boolean holdsRole = AccessPolicy.roleOfStep(task.step()).map(user::has).orElse(false);
        return holdsRole
                && switch (task.step()) {
                    case DEPARTMENT_REVIEW ->
                        Objects.equals(
                                departmentOf(org), task.handle().department().id());
                    case FISCAL_REVIEW ->
                        org.kind() == OrgKind.SECTION
                                && org.code().equals(task.standing().routedSection());
                    default -> false;
                };
    }

    private static @Nullable Long departmentOf(Organisation org) {
        return switch (org.kind()) {
            case DEPARTMENT -> org.id();
            case UNIT -> org.parentId();
            default -> null;
        };
    }

    /** The task must be at {@code step}; otherwise the user acts on a task the round has left. */
    void requireStep(LocatedTask task, ProcessStep step) {
        if (task.step() != step) {
            throw NotAllowedException.of("error.task.wrongStep", task.step());
        }
    }

    /** The user is a candidate (member of a candidate group) or the assignee of the task. */
    void requireCandidate(AppUser user, LocatedTask task) {
        if (user.username().equals(task.assignee())) {
            return;
        }
        if (!isCandidate(user, task)) {
            throw NotAllowedException.of("error.task.notCandidate");
        }
    }

    /** Nobody else has claimed the task. */
    void requireNotClaimedByOther(AppUser user, LocatedTask task) {
        if (task.assignee() != null && !task.assignee().equals(user.username())) {
            throw ConflictException.of("error.conflict.taskClaimed");
        }
    }

    /** Separation of duties: the user neither drafted nor edited what is under review. */
    void requireNotAuthor(AppUser user, LocatedTask task) {
        boolean author = task.standing().isFor(user)
                ? task.standing().author()
                : authorship.isAuthor(user.username(), task.handle().id());
        if (author) {
            throw NotAllowedException.of("error.task.author");
        }
    }

    /** Everything a reviewer must satisfy to handle a review task: the step, candidacy, no other claim, no authorship. */
    void requireReviewer(AppUser user, LocatedTask task, ProcessStep step) {
        requireStep(task, step);
        requireReviewerOfStep(user, task);
        requireCandidate(user, task);
        requireNotClaimedByOther(user, task);
        requireNotAuthor(user, task);
    }

    boolean isCandidate(AppUser user, LocatedTask task) {
        return task.standing().isFor(user) ? task.standing().candidate() : groups.isCandidate(user, task.id());
    }
}
