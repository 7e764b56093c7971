package cn.perftarget.workflow.inbox;

import cn.perftarget.bpmn.TargetApprovalProcess;
import cn.perftarget.domain.user.AppUser;
import cn.perftarget.domain.user.Role;
import cn.perftarget.workflow.access.Authorship;
import cn.perftarget.workflow.access.UserScope;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * The SQL of the inbox's statements the exact way, from Camunda's and our tables alone: the tabs when their page read
 * from the projections {@code open_task} and {@code done_task} (see {@link InboxProjectionSql} and
 * {@link DoneProjectionSql}) does not stand the check of its rows, and the comparison of the two ways. Open tasks are
 * read as narrow rows under the alias {@code k} with ACT_RU_TASK's column names: the user's own from ACT_RU_TASK by
 * assignee, the claimable ones through the candidate links of the user's groups (both through Camunda's indexes).
 * Tables are {@code t}, their unit {@code u} and department {@code d}; the user's scope is the CTE
 * {@link UserScope#SCOPE_UNITS_CTE}.
 */
final class InboxSql {

    /**
     * The user the statements are for, with their candidate groups (none: the list holds one group no task has).
     */
    record User(AppUser user, List<String> groups) {

        /** Whether a task may be a candidate of two of the user's groups. */
        boolean severalGroups() {
            return groups.size() > 1;
        }
    }

    static final String COLUMNS = """
            k.id_ as task_id, k.task_def_key_ as task_key, k.assignee_ as assignee,
            %s as task_created, k.due_date_ as due_date, %s as completed_at, %s as overdue,
            t.id as table_id, t.fiscal_year, t.project_code, t.project_name, t.budget, t.status, t.submitted_at,
            u.code as unit_code, u.name as unit_name, d.code as department_code, d.name as department_name,
            %s as visible, coalesce(t.submitted_late, false) as submitted_late, %s as past_review_deadline""";
    static final String TABLE_JOINS =
            " join organisation u on u.id = t.unit_id join organisation d on d.id = u.parent_id";
    /** The unit and department of a row of a page chosen from a projection, whose table may be missing. */
    static final String LEFT_ORGANISATION_JOINS =
            " left join organisation u on u.id = t.unit_id left join organisation d on d.id = u.parent_id";

    /**
     * The budget round a table was first submitted within (V16), by its primary key, for the page's rows only: a
     * review (not of an adjustment) still open after the round's 审核截止日 is marked.
     */
    static final String ROUND_JOIN = " left join budget_round br on br.id = t.budget_round_id";

    /** A row of a page chosen from a projection was found: its task, table and the table's department are there. */
    private static final List<String> ROW_FOUND = List.of("k.id_ is not null", "t.id is not null", "d.id is not null");

    static final String OPEN_OVERDUE = "(k.due_date_ is not null and k.due_date_ < :now)";
    static final String DONE_OVERDUE = "(k.due_date_ is not null and k.end_time_ > k.due_date_)";
    static final String IN_SCOPE = "t.unit_id in (select id from scope_units)";

    private static final String MINE = "select id_, task_def_key_, assignee_, due_date_, create_time_, proc_inst_id_"
            + " from act_ru_task where assignee_ = :user";
    /** A task {@code k} is a candidate of one of the user's groups (Camunda's links, by task). */
    static final String CANDIDATE_OF_MY_GROUPS = "exists (select 1 from act_ru_identitylink l"
            + " where l.task_id_ = k.id_ and l.type_ = 'candidate' and l.group_id_ in (:groups))";

    /** Unassigned tasks of the user's groups, each once, from Camunda's tables. */
    private static final String CLAIMABLE = "select id_, task_def_key_, assignee_, due_date_, create_time_,"
            + " proc_inst_id_ from act_ru_task k where k.assignee_ is null and k.id_ in (select l.task_id_"
            + " from act_ru_identitylink l where l.type_ = 'candidate' and l.group_id_ in (:groups))";
    /** The round of each done task by its primary key (a plain join hashed every round of the system). */
    private static final String DONE_SOURCE = " from act_hi_taskinst k join lateral (select r.table_id"
            + " from workflow_round r where r.process_instance_id = k.proc_inst_id_ limit 1) r on true"
            + " join target_table t on t.id = r.table_id";

    private InboxSql() {}

    /**
     * A page of an open tab the exact way: the narrow task rows are joined with their tables, filtered and sorted,
     * and the page's rows then read in full.
     */
    static String openRows(
            User user, InboxTab tab, InboxFilter filter, PageRequest page, MapSqlParameterSource params) {
        String order = order(tab, page);
        String inner = "select k.id_, k.proc_inst_id_ from " + source(tab) + " k"
                + " join target_table t on t.process_instance_id = k.proc_inst_id_"
                + (TableFilterSql.usesOrganisation(filter) ? TABLE_JOINS : "")
                + where(openConditions(user, tab), filter, OPEN_OVERDUE, params)
                + " order by " + order + " limit :limit offset :offset";
        params.addValue("limit", page.limit()).addValue("offset", page.offset());
        return "with " + UserScope.SCOPE_UNITS_CTE + ", page as (" + inner + ") select "
                + COLUMNS.formatted(
                        "k.create_time_", "cast(null as timestamp)", OPEN_OVERDUE, "true", pastReviewDeadline())
                + " from page p join act_ru_task k on k.id_ = p.id_"
                + " join target_table t on t.process_instance_id = p.proc_inst_id_" + TABLE_JOINS + ROUND_JOIN
                + " order by " + order;
    }

    /** A page of the done tab the exact way: every done task of the user joined with its round and table. */
    static String doneRows(InboxFilter filter, PageRequest page, MapSqlParameterSource params) {
        params.addValue("limit", page.limit()).addValue("offset", page.offset());
        return "with " + UserScope.SCOPE_UNITS_CTE + " select "
                + COLUMNS.formatted("k.start_time_", "k.end_time_", DONE_OVERDUE, "true", "false")
                + DONE_SOURCE + TABLE_JOINS + where(doneConditions(), filter, DONE_OVERDUE, params)
                + " order by " + order(InboxTab.DONE, page) + " limit :limit offset :offset";
    }

    /**
     * The counts of 我的待办, 待认领 and 已办 (全部待办 is the first two) the exact way, each stopping at
     * :countLimit.
     */
    static String counts(User user, InboxFilter filter, MapSqlParameterSource params) {
        String organisation = TableFilterSql.usesOrganisation(filter) ? TABLE_JOINS : "";
        String open = " k join target_table t on t.process_instance_id = k.proc_inst_id_" + organisation;
        return "with " + UserScope.SCOPE_UNITS_CTE + " select "
                + capped(source(InboxTab.MINE)
                        + open
                        + where(openConditions(user, InboxTab.MINE), filter, OPEN_OVERDUE, params))
                + " as mine, "
                + capped(source(InboxTab.CLAIMABLE)
                        + open
                        + where(openConditions(user, InboxTab.CLAIMABLE), filter, OPEN_OVERDUE, params))
                + " as claimable, " + doneCount(filter, params) + " as done";
    }

    /** The count of 已办, stopping at :countLimit (a scalar sub-select). */
    static String doneCount(InboxFilter filter, MapSqlParameterSource params) {
        String organisation = TableFilterSql.usesOrganisation(filter) ? TABLE_JOINS : "";
        return capped(DONE_SOURCE.substring(" from ".length())
                + organisation
                + where(doneConditions(), filter, DONE_OVERDUE, params));
    }

    static String capped(String fromWhere) {
        return "(select count(*) from (select 1 from " + fromWhere + " limit :countLimit) x)";
    }

    private static String source(InboxTab tab) {
        return switch (tab) {
            // disjoint: assigned to me, unassigned
            case OPEN -> "(" + MINE + " union all " + CLAIMABLE + ")";
            case MINE -> "(" + MINE + ")";
            case CLAIMABLE -> "(" + CLAIMABLE + ")";
            case DONE -> throw new IllegalArgumentException("done tasks have no open source");
        };
    }

    /** What an open tab asks of its tasks besides the source: separation of duties for the claimable ones. */
    private static List<String> openConditions(User user, InboxTab tab) {
        String duties = separationOfDuties(user.user());
        List<String> conditions = new ArrayList<>();
        if (!duties.isEmpty() && tab == InboxTab.OPEN) {
            conditions.add("(k.assignee_ = :user or " + duties + ")");
        } else if (!duties.isEmpty() && tab == InboxTab.CLAIMABLE) {
            conditions.add(duties);
        }
        return conditions;
    }

    /**
     * The conditions of the exact query as one column of a page whose rows were chosen elsewhere (task, table, unit
     * and department may be missing): the task is open, is the user's or one of their groups' in this tab, its table
     * in scope and not one the user authored (for a review), and it passes the filter.
     */
    static String visibility(User user, InboxTab tab, InboxFilter filter, MapSqlParameterSource params) {
        String duties = separationOfDuties(user.user());
        String claimable =
                "k.assignee_ is null and " + CANDIDATE_OF_MY_GROUPS + (duties.isEmpty() ? "" : " and " + duties);
        List<String> conditions = new ArrayList<>(ROW_FOUND);
        conditions.add(
                switch (tab) {
                    case MINE -> "k.assignee_ = :user";
                    case CLAIMABLE -> claimable;
                    case OPEN -> "(k.assignee_ = :user or (" + claimable + "))";
                    case DONE -> throw new IllegalArgumentException("done tasks are not open");
                });
        return visible(conditions, filter, OPEN_OVERDUE, params);
    }

    /**
     * The conditions of the exact done tab as one column of a page whose rows were chosen elsewhere (task, round,
     * table, unit and department may be missing): the task is one the user completed, its table in scope, and it
     * passes the filter.
     */
    static String doneVisibility(InboxFilter filter, MapSqlParameterSource params) {
        List<String> conditions = new ArrayList<>(ROW_FOUND);
        conditions.addAll(doneConditions());
        return visible(conditions, filter, DONE_OVERDUE, params);
    }

    private static String visible(
            List<String> conditions, InboxFilter filter, String overdue, MapSqlParameterSource params) {
        return "coalesce(" + where(conditions, filter, overdue, params).substring(" where ".length()) + ", false)";
    }

    private static List<String> doneConditions() {
        return List.of("k.assignee_ = :user", "k.end_time_ is not null", "k.delete_reason_ = 'completed'");
    }

    private static String where(
            List<String> conditions, InboxFilter filter, String overdue, MapSqlParameterSource params) {
        List<String> where = new ArrayList<>(conditions);
        where.add(IN_SCOPE);
        TableFilterSql.apply(filter, where, params);
        if (filter.overdue() != null) {
            where.add(filter.overdue() ? overdue : "not " + overdue);
        }
        return " where " + String.join(" and ", where);
    }

    /** The review tasks of the model, as an SQL list. */
    static final String REVIEW_TASKS =
            "('" + TargetApprovalProcess.DEPARTMENT_REVIEW + "', '" + TargetApprovalProcess.FISCAL_REVIEW + "')";

    /** A review of a first submission still open after its round's 审核截止日 ({@code :today}, Beijing). */
    static String pastReviewDeadline() {
        return "coalesce(br.review_deadline < :today and not t.adjusting and k.task_def_key_ in " + REVIEW_TASKS
                + ", false)";
    }

    /** Separation of duties: a drafter who also reviews is not offered reviews of their own tables. */
    static String separationOfDuties(AppUser user) {
        if (separatesDuties(user)) {
            return "(k.task_def_key_ not in " + REVIEW_TASKS + " or not " + Authorship.AUTHORED_BY_USER_SQL + ")";
        }
        return "";
    }

    /** Whether the user drafts and reviews, and so is not offered reviews of their own tables. */
    static boolean separatesDuties(AppUser user) {
        return user.has(Role.DRAFTER) && (user.has(Role.DEPT_REVIEWER) || user.has(Role.FISCAL_REVIEWER));
    }

    /**
     * The order of a tab's rows. Ties are broken by task id, in an open tab in the direction of the sort (so that
     * an index of the projection read backwards gives a descending page: see {@link InboxProjectionSql}).
     */
    static String order(InboxTab tab, PageRequest page) {
        // received: when the task arrived (ACT_RU_TASK.CREATE_TIME_); done tab: when it was completed
        if (tab == InboxTab.DONE) {
            return TableFilterSql.sortColumn(page.sort(), "k.end_time_") + TableFilterSql.direction(page) + ", k.id_";
        }
        return TableFilterSql.sortColumn(page.sort(), "k.create_time_") + TableFilterSql.direction(page) + ", k.id_"
                + (page.descending() ? " desc" : "");
    }
}
