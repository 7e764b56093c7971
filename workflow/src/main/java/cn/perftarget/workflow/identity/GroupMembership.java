package cn.perftarget.workflow.identity;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The group ids of one user and the members of one group, from the same memberships the engine's identity provider
 * reads, in one query each that touches only the rows concerned. The engine's queries ({@code groupMember},
 * {@code memberOfGroup}) give the same answers but derive every membership of the organisation first, which costs
 * more the more units and users there are; every approval action asks for the user's groups, every outcome for the
 * unit's drafters.
 */
@Component
public class GroupMembership {

    private final JdbcClient jdbc;

    GroupMembership(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The users of one organisation. One row for the planner to start from: with a set of organisations instead it
     * expected ten users and joined every organisation and role by hashing (0.7 ms for a unit's drafters at 2,000
     * units, where these index lookups take 0.06 ms).
     */
    private static final String ORGANISATION_ITSELF =
            "u.organisation_id = (select o2.id from organisation o2 where o2.code = :code)";

    /**
     * Group id prefixes followed by an organisation code (or, for auditors, a region code), each with the users whose
     * memberships can give it: those of the organisation itself (编制人, 财政审核人, 领导), of the department and its
     * units (主管部门审核人: a reviewer may sit in a unit), of the region (查阅). Named in the statement as {@code :code}.
     */
    private static final Map<String, String> CANDIDATES_BY_PREFIX = Map.of(
            "drafter-", ORGANISATION_ITSELF,
            "fiscal-reviewer-", ORGANISATION_ITSELF,
            "lead-", ORGANISATION_ITSELF,
            "dept-reviewer-", """
                    u.organisation_id = any (array(
                        select o2.id from organisation o2 where o2.code = :code
                        union all
                        select c2.id from organisation c2 join organisation p2 on p2.id = c2.parent_id
                         where p2.code = :code))""",
            "auditor-", "u.organisation_id in (select o2.id from organisation o2 where o2.region_code = :code)");

    /**
     * The usernames of a group's members. The users looked at are those the group's prefix can concern (a superset
     * of the members, {@link #CANDIDATES_BY_PREFIX}); the memberships decide. The organisations are found first, then
     * their users by index, not every user joined with them.
     */
    public List<String> membersOf(String groupId) {
        Members members = members(groupId);
        return jdbc.sql(members.sql() + " order by 1")
                .params(members.params())
                .query(String.class)
                .list();
    }

    /**
     * {@link #membersOf} as a statement for a caller that goes on with its rows in the database (a notification to
     * each member, inserted in one statement): {@code select distinct user_id …} with its named parameters.
     */
    public static Members members(String groupId) {
        for (Map.Entry<String, String> candidates : CANDIDATES_BY_PREFIX.entrySet()) {
            if (groupId.startsWith(candidates.getKey())) {
                return members(
                        groupId,
                        candidates.getValue(),
                        groupId.substring(candidates.getKey().length()));
            }
        }
        return members(groupId, "true", "");
    }

    private static Members members(String groupId, String candidates, String code) {
        return new Members(
                "select distinct m.user_id from (" + IdentityDirectory.memberships(candidates) + ") m"
                        + " where m.group_id = :group",
                Map.of("group", groupId, "code", code));
    }

    /** A group's members as a statement: its text (one column, the user id) and its named parameters. */
    public record Members(String sql, Map<String, Object> params) {}

    /**
     * Whether the user belongs to a candidate group of the waiting task (the engine's identity links): one statement
     * where the user's groups and the task's candidate groups would be two.
     */
    public boolean isCandidate(String username, String taskId) {
        return Boolean.TRUE.equals(jdbc.sql("select " + candidateOf(":task"))
                .param("task", taskId)
                .param("user", username)
                .query(Boolean.class)
                .single());
    }

    /**
     * The condition "user {@code :user} belongs to a candidate group of the task whose id is {@code taskId}" (an SQL
     * expression), for a statement that asks it together with other questions about the task.
     */
    public static String candidateOf(String taskId) {
        return "exists (select 1 from ACT_RU_IDENTITYLINK l where l.TASK_ID_ = " + taskId
                + " and l.TYPE_ = 'candidate' and l.GROUP_ID_ in (select m.group_id from ("
                + IdentityDirectory.MEMBERSHIPS + ") m where m.user_id = :user))";
    }

    /** The ids of the groups the user belongs to (in the database's order of text); none for an unknown user. */
    public List<String> groupIdsOf(String username) {
        return jdbc.sql("select distinct m.group_id from (" + IdentityDirectory.MEMBERSHIPS + ") m"
                        + " where m.user_id = :user and m.group_id is not null order by m.group_id")
                .param("user", username)
                .query(String.class)
                .list();
    }
}
