package cn.perftarget.workflow.identity;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The group ids of one user, from the same memberships the engine's identity provider reads, in one query that
 * touches only that user's rows (the user's name is pushed into the membership union). The engine's group query
 * ({@code groupMember}) gives the same ids but builds every group of the organisation first, which costs more the
 * more units there are; every approval action and inbox page asks for the user's groups.
 */
@Component
public class GroupMembership {

    private final JdbcClient jdbc;

    GroupMembership(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The ids of the groups the user belongs to (in the database's order of text); none for an unknown user. */
    public List<String> groupIdsOf(String username) {
        return jdbc.sql("select distinct m.group_id from (" + IdentityDirectory.MEMBERSHIPS + ") m"
                        + " where m.user_id = :user and m.group_id is not null order by m.group_id")
                .param("user", username).query(String.class).list();
    }
}
