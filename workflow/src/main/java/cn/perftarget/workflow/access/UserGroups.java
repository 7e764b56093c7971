package cn.perftarget.workflow.access;

import cn.perftarget.domain.user.AppUser;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The Camunda groups of a user (drafter-…, dept-reviewer-…, fiscal-reviewer-…, lead-…), as the engine's identity
 * provider derives them from the organisation: the same source the engine uses for candidate groups.
 */
@Component
public class UserGroups {

    private final IdentityService identityService;

    public UserGroups(IdentityService identityService) {
        this.identityService = identityService;
    }

    /** One query. A disabled user has no groups. */
    public List<String> of(AppUser user) {
        if (!user.enabled()) {
            return List.of();
        }
        return identityService.createGroupQuery().groupMember(user.username()).list().stream()
                .map(Group::getId).toList();
    }

    /** The users of a group, e.g. the reviewers to remind. */
    public List<String> members(String groupId) {
        return identityService.createUserQuery().memberOfGroup(groupId).list().stream()
                .map(org.camunda.bpm.engine.identity.User::getId).toList();
    }
}
