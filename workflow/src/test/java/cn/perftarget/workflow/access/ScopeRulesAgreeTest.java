package cn.perftarget.workflow.access;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perftarget.domain.user.AppUser;
import cn.perftarget.workflow.WorkflowTestSupport;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The scope has two forms: the set of a user's units ({@link UserScope#SCOPE_UNITS_CTE}, which lists and inboxes join)
 * and the test of one unit ({@link UserScope#unitInScope}, which every action's {@link TableAccess#canSee} asks).
 * For every user of the database (the demo's and those other tests made: drafters, department and fiscal reviewers of
 * sections and of a bureau, auditors, administrators) and every organisation, both give the same answer.
 */
class ScopeRulesAgreeTest extends WorkflowTestSupport {

    @Autowired
    NamedParameterJdbcTemplate named;

    @Autowired
    TableAccess access;

    @Test
    void theUnitTestAndTheSetOfUnitsAgreeForEveryUserAndOrganisation() {
        List<Long> organisations = named.getJdbcTemplate().queryForList("select id from organisation", Long.class);
        List<String> usernames = named.getJdbcTemplate().queryForList("select username from app_user", String.class);
        assertThat(usernames).hasSizeGreaterThan(5);
        List<String> disagreements = new ArrayList<>();
        int inScope = 0;
        for (String username : usernames) {
            AppUser user = users.findByUsername(username).orElseThrow();
            UserScope scope = UserScope.of(user);
            Set<Long> set = scope.isEmpty()
                    ? Set.of()
                    : new HashSet<>(named.queryForList(
                            "with " + UserScope.SCOPE_UNITS_CTE + " select id from scope_units",
                            scope.addParams(new MapSqlParameterSource()),
                            Long.class));
            for (long org : organisations) {
                boolean one = access.canSee(user, org);
                if (one != set.contains(org)) {
                    disagreements.add(username + " / organisation " + org + ": unit test " + one);
                }
                if (one) {
                    inScope++;
                }
            }
        }
        assertThat(disagreements).isEmpty();
        assertThat(inScope).as("some units are in some scope").isPositive();
    }
}
