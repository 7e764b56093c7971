package cn.perftarget.workflow.notification;

import cn.perftarget.bpmn.CandidateGroups;
import cn.perftarget.workflow.access.UserGroups;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** Who stands behind a review group: its members, and the lead (负责人) of its organisation. */
@Component
class ReviewGroups {

    private static final String DEPARTMENT_PREFIX = CandidateGroups.departmentReviewers("");
    private static final String FISCAL_PREFIX = CandidateGroups.fiscalReviewers("");

    private final UserGroups groups;
    private final NamedParameterJdbcTemplate jdbc;

    ReviewGroups(UserGroups groups, NamedParameterJdbcTemplate jdbc) {
        this.groups = groups;
        this.jdbc = jdbc;
    }

    List<String> members(String group) {
        return groups.members(group);
    }

    /**
     * The enabled leads of the organisation behind the group (the department, or the fiscal section); when it has
     * none, those of the organisation above it (the fiscal bureau of a section).
     */
    List<String> leads(String group) {
        return organisationCode(group)
                .map(code -> jdbc.queryForList("""
                        with org as (select id, parent_id from organisation where code = :code)
                        select u.username from app_user u, org
                        where u.is_lead and u.enabled
                          and u.organisation_id = coalesce(
                              (select org.id where exists (select 1 from app_user l
                                                           where l.organisation_id = org.id and l.is_lead and l.enabled)),
                              org.parent_id)
                        order by u.username""", new MapSqlParameterSource("code", code), String.class))
                .orElse(List.of());
    }

    static Optional<String> organisationCode(String group) {
        if (group == null) {
            return Optional.empty();
        }
        if (group.startsWith(DEPARTMENT_PREFIX)) {
            return Optional.of(group.substring(DEPARTMENT_PREFIX.length()));
        }
        if (group.startsWith(FISCAL_PREFIX)) {
            return Optional.of(group.substring(FISCAL_PREFIX.length()));
        }
        return Optional.empty();
    }
}
