package cn.perftarget.workflow.inbox;

import cn.perftarget.domain.table.TableStatus;
import cn.perftarget.domain.user.AppUser;
import cn.perftarget.domain.user.Role;
import cn.perftarget.workflow.access.Authorship;
import cn.perftarget.workflow.access.UserGroups;
import cn.perftarget.workflow.access.UserScope;
import cn.perftarget.workflow.deadline.EngineClock;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The inbox (待办箱): the user's tasks, their groups' claimable tasks (apart, or together as 全部待办) and their
 * completed tasks, each with its table, read straight from Camunda's task tables joined with ours. A page costs three
 * statements whatever its size: the user's groups, the counts of all tabs, the rows. Everything is limited to the tables in the user's scope
 * ({@link UserScope}); tasks of tables the user drafted or edited are not offered for claiming.
 */
@Component
public class InboxQuery {

    private static final String COLUMNS = """
            k.id_ as task_id, k.task_def_key_ as task_key, k.name_ as task_name, k.assignee_ as assignee,
            %s as task_created, k.due_date_ as due_date, %s as completed_at, %s as overdue,
            t.id as table_id, t.fiscal_year, t.project_code, t.project_name, t.budget, t.status, t.submitted_at,
            u.code as unit_code, u.name as unit_name, d.code as department_code, d.name as department_name""";
    private static final String TABLE_JOINS =
            " join organisation u on u.id = t.unit_id join organisation d on d.id = u.parent_id";
    private static final String OPEN_OVERDUE = "(k.due_date_ is not null and k.due_date_ < :now)";
    private static final String DONE_OVERDUE = "(k.due_date_ is not null and k.end_time_ > k.due_date_)";

    private final NamedParameterJdbcTemplate jdbc;
    private final UserGroups groups;
    private final EngineClock clock;

    public InboxQuery(NamedParameterJdbcTemplate jdbc, UserGroups groups, EngineClock clock) {
        this.jdbc = jdbc;
        this.groups = groups;
        this.clock = clock;
    }

    public InboxPage page(AppUser user, InboxTab tab, InboxFilter filter, PageRequest page) {
        MapSqlParameterSource params = params(user);
        InboxCounts counts = counts(user, filter, params);
        return new InboxPage(tab, rows(user, tab, filter, page, params), counts, page);
    }

    /**
     * The rows of a page without the counts (two statements), for a caller that has the counts already, e.g. a grid
     * scrolling on or sorted again.
     */
    public List<InboxRow> rows(AppUser user, InboxTab tab, InboxFilter filter, PageRequest page) {
        return rows(user, tab, filter, page, params(user));
    }

    private List<InboxRow> rows(AppUser user, InboxTab tab, InboxFilter filter, PageRequest page,
                                MapSqlParameterSource params) {
        String sql = "with " + UserScope.SCOPE_UNITS_CTE + " select "
                + COLUMNS.formatted(arrived(tab), tab == InboxTab.DONE ? "k.end_time_" : "cast(null as timestamp)",
                tab == InboxTab.DONE ? DONE_OVERDUE : OPEN_OVERDUE)
                + from(tab, true) + where(tab, user, filter, params)
                + " order by " + order(tab, page) + " limit :limit offset :offset";
        params.addValue("limit", page.limit()).addValue("offset", page.offset());
        return jdbc.query(sql, params, InboxQuery::row);
    }

    public InboxCounts counts(AppUser user, InboxFilter filter) {
        return counts(user, filter, params(user));
    }

    private InboxCounts counts(AppUser user, InboxFilter filter, MapSqlParameterSource params) {
        StringBuilder sql = new StringBuilder("with ").append(UserScope.SCOPE_UNITS_CTE).append(" select ");
        // 全部待办 is 我的待办 plus 待认领: not counted again
        InboxTab[] tabs = {InboxTab.MINE, InboxTab.CLAIMABLE, InboxTab.DONE};
        for (int i = 0; i < tabs.length; i++) {
            sql.append(i == 0 ? "" : ", ").append("(select count(*)").append(from(tabs[i], TableFilterSql.usesOrganisation(filter)))
                    .append(where(tabs[i], user, filter, params)).append(") as ").append(tabs[i].name().toLowerCase());
        }
        return jdbc.queryForObject(sql.toString(), params,
                (rs, i) -> new InboxCounts(rs.getLong("mine"), rs.getLong("claimable"), rs.getLong("done")));
    }

    private MapSqlParameterSource params(AppUser user) {
        List<String> myGroups = groups.of(user);
        return UserScope.of(user).addParams(new MapSqlParameterSource())
                .addValue("user", user.username())
                // no group: a list no candidate link matches (SQL has no empty "in ()")
                .addValue("groups", myGroups.isEmpty() ? List.of("") : myGroups)
                .addValue("now", Timestamp.from(clock.now()));
    }

    /** @param organisation whether the unit and department are joined (for their columns or filters) */
    private static String from(InboxTab tab, boolean organisation) {
        String joins = organisation ? TABLE_JOINS : "";
        return switch (tab) {
            // 全部待办: my tasks and the claimable ones (disjoint: assigned to me, unassigned), each by its index
            case OPEN -> " from (select * from act_ru_task where assignee_ = :user union all"
                    + " select * from act_ru_task where assignee_ is null and id_ = " + CANDIDATE_TASK_IDS + ") k"
                    + " join target_table t on t.process_instance_id = k.proc_inst_id_" + joins;
            case MINE, CLAIMABLE -> " from act_ru_task k join target_table t on t.process_instance_id = k.proc_inst_id_"
                    + joins;
            // the round of each done task by its primary key (a plain join hashed every round of the system)
            case DONE -> " from act_hi_taskinst k join lateral (select r.table_id from workflow_round r"
                    + " where r.process_instance_id = k.proc_inst_id_ limit 1) r on true"
                    + " join target_table t on t.id = r.table_id" + joins;
        };
    }


    private static String where(InboxTab tab, AppUser user, InboxFilter filter, MapSqlParameterSource params) {
        List<String> where = new ArrayList<>();
        switch (tab) {
            case OPEN -> {
                // the tasks come from the two index lookups of from(OPEN); a dual-role user's own tables are dropped
                String duties = separationOfDuties(user, "");
                if (!duties.isEmpty()) {
                    where.add("(k.assignee_ = :user or " + duties + ")");
                }
            }
            case MINE -> where.add("k.assignee_ = :user");
            case CLAIMABLE -> where.add(claimable(user));
            case DONE -> {
                where.add("k.assignee_ = :user");
                where.add("k.end_time_ is not null");
                where.add("k.delete_reason_ = 'completed'");
            }
        }
        where.add("t.unit_id in (select id from scope_units)");
        TableFilterSql.apply(filter, where, params);
        if (filter.overdue() != null) {
            String overdue = tab == InboxTab.DONE ? DONE_OVERDUE : OPEN_OVERDUE;
            where.add(filter.overdue() ? overdue : "not " + overdue);
        }
        return " where " + String.join(" and ", where);
    }

    /** Unassigned tasks of one of the user's groups, without reviews of the user's own tables. */
    /**
     * The user's candidate task ids, for an index condition on {@code ACT_RU_TASK}'s primary key. Measured at
     * 100,000 tables: {@code exists} per task scanned every unassigned task of the system; the array used as a filter
     * (under an {@code or}) is searched element by element for every row (see the benchmark report).
     */
    private static final String CANDIDATE_TASK_IDS = """
            any(array(select l.task_id_ from act_ru_identitylink l
                      where l.task_id_ is not null and l.type_ = 'candidate' and l.group_id_ in (:groups)))""";

    /** Unassigned tasks of one of the user's groups, without reviews of the user's own tables. */
    private static String claimable(AppUser user) {
        return "k.assignee_ is null and k.id_ = " + CANDIDATE_TASK_IDS + separationOfDuties(user, " and ");
    }

    /** Separation of duties: a drafter who also reviews is not offered reviews of their own tables. */
    private static String separationOfDuties(AppUser user, String prefix) {
        if (user.has(Role.DRAFTER) && (user.has(Role.DEPT_REVIEWER) || user.has(Role.FISCAL_REVIEWER))) {
            return prefix + "(k.task_def_key_ not in ('departmentReview', 'fiscalReview') or not "
                    + Authorship.AUTHORED_BY_USER_SQL + ")";
        }
        return "";
    }

    private static String order(InboxTab tab, PageRequest page) {
        String column = switch (page.sort()) {
            case DUE_DATE -> "k.due_date_";
            case SUBMITTED_AT -> "t.submitted_at";
            case BUDGET -> "t.budget";
            case PROJECT_CODE -> "t.project_code";
            case PROJECT_NAME -> "t.project_name";
            case RECEIVED -> tab == InboxTab.DONE ? "k.end_time_" : arrived(tab);
        };
        return column + TableFilterSql.direction(page) + ", k.id_";
    }

    /** When the task arrived: ACT_RU_TASK.CREATE_TIME_, ACT_HI_TASKINST.START_TIME_. */
    private static String arrived(InboxTab tab) {
        return tab == InboxTab.DONE ? "k.start_time_" : "k.create_time_";
    }

    private static InboxRow row(ResultSet rs, int i) throws SQLException {
        return new InboxRow(rs.getString("task_id"), rs.getString("task_key"), rs.getString("task_name"),
                rs.getLong("table_id"), rs.getInt("fiscal_year"), rs.getString("project_code"),
                rs.getString("project_name"), rs.getString("unit_code"), rs.getString("unit_name"),
                rs.getString("department_code"), rs.getString("department_name"), rs.getBigDecimal("budget"),
                TableStatus.valueOf(rs.getString("status")), instant(rs.getObject("submitted_at", OffsetDateTime.class)),
                instant(rs.getTimestamp("task_created")), instant(rs.getTimestamp("due_date")),
                rs.getBoolean("overdue"), rs.getString("assignee"), instant(rs.getTimestamp("completed_at")));
    }

    static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    static Instant instant(OffsetDateTime t) {
        return t == null ? null : t.toInstant();
    }
}
