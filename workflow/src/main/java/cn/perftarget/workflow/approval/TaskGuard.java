package cn.perftarget.workflow.approval;

import cn.perftarget.domain.user.AppUser;
import cn.perftarget.workflow.access.Authorship;
import cn.perftarget.workflow.access.UserGroups;
import cn.perftarget.workflow.error.ConflictException;
import cn.perftarget.workflow.error.NotAllowedException;
import cn.perftarget.workflow.process.ProcessStep;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Component;

/** Who may act on a task: its candidates and its assignee, and for reviews nobody who drafted or edited the table. */
@Component
class TaskGuard {

    private final TaskService taskService;
    private final UserGroups groups;
    private final Authorship authorship;

    TaskGuard(TaskService taskService, UserGroups groups, Authorship authorship) {
        this.taskService = taskService;
        this.groups = groups;
        this.authorship = authorship;
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
        if (!isCandidate(user, task.id())) {
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
        if (authorship.isAuthor(user.username(), task.handle().id())) {
            throw NotAllowedException.of("error.task.author");
        }
    }

    /** Everything a reviewer must satisfy to handle a review task: the step, candidacy, no other claim, no authorship. */
    void requireReviewer(AppUser user, LocatedTask task, ProcessStep step) {
        requireStep(task, step);
        requireCandidate(user, task);
        requireNotClaimedByOther(user, task);
        requireNotAuthor(user, task);
    }

    boolean isCandidate(AppUser user, String taskId) {
        Set<String> mine = Set.copyOf(groups.of(user));
        return candidateGroups(taskId).stream().anyMatch(mine::contains);
    }

    List<String> candidateGroups(String taskId) {
        return taskService.getIdentityLinksForTask(taskId).stream()
                .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null)
                .map(IdentityLink::getGroupId)
                .toList();
    }
}
