package cn.perftarget.workflow.access;

import cn.perftarget.domain.user.AppUser;
import cn.perftarget.workflow.identity.GroupMembership;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The Camunda groups of a user (drafter-…, dept-reviewer-…, fiscal-reviewer-…, lead-…), as the engine's identity
 * provider derives them from the organisation: the same source the engine uses for candidate groups.
 */
@Component
public class UserGroups {

    private final GroupMembership membership;

    public UserGroups(GroupMembership membership) {
        this.membership = membership;
    }

    /** One query. A disabled user has no groups. */
    public List<String> of(AppUser user) {
        if (!user.enabled()) {
            return List.of();
        }
        return membership.groupIdsOf(user.username());
    }

    /** Whether the user is a candidate of the waiting task (a member of one of its candidate groups). */
    public boolean isCandidate(AppUser user, String taskId) {
        return user.enabled() && membership.isCandidate(user.username(), taskId);
    }

    /** The users of a group, e.g. the reviewers to remind. */
    public List<String> members(String groupId) {
        return membership.membersOf(groupId);
    }
}
