package cn.perftarget.workflow.inbox;

import cn.perftarget.domain.user.AppUser;
import cn.perftarget.workflow.access.Authorship;
import cn.perftarget.workflow.access.UserScope;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * The SQL of the open tabs read from the projection {@code open_task} (V27, alias {@code o}): a row per open task and
 * whoever it waits for (its assignee, kind {@code A}; or each candidate group of an unassigned task, kind {@code C}),
 * with the columns of its table. A page takes, for each of the user's holders (themselves, each of their groups), the
 * first {@code offset + limit} rows of that holder in the page's order, through the holder's index of the sort column
 * ({@code (kind, holder, column, task_id)}), filtered by scope, duties and the filter on the way; then merges these
 * few rows and cuts the page. A descending sort reads the index backwards, its rows with a value and those without
 * (nulls last) apart. The page's rows are then read from ACT_RU_TASK and target_table, and each is checked there to
 * be the user's ({@link InboxSql#visibility}): a row that is not makes the page be read again the exact way.
 */
final class InboxProjectionSql {

    /** Whose rows a part of a page reads: the user's own (A) or one of their groups' (C), by parameter. */
    private record Holder(String kind, String param, boolean firstGroup) {}

    private InboxProjectionSql() {}

    /** A page of an open tab (see the class). */
    static String openRows(
            InboxSql.User user, InboxTab tab, InboxFilter filter, PageRequest page, MapSqlParameterSource params) {
        params.addValue("limit", page.limit())
                .addValue("offset", page.offset())
                .addValue("reach", page.offset() + page.limit());
        String column = column(page.sort(), "o.created");
        List<String> branches = new ArrayList<>();
        for (Holder holder : holders(user, tab, params)) {
            List<String> where = conditions(user, holder, filter, params);
            if (page.descending()) {
                branches.add(branch(column, with(where, column + " is not null"), column + " desc, o.task_id desc"));
                branches.add(branch(column, with(where, column + " is null"), "o.task_id desc"));
            } else {
                branches.add(branch(column, where, column + ", o.task_id"));
            }
        }
        String direction = page.descending() ? " desc" : "";
        String inner = "select x.task_id from (" + String.join(" union all ", branches) + ") x order by x.sort_value"
                + direction + " nulls last, x.task_id" + direction + " limit :limit offset :offset";
        return "with " + UserScope.SCOPE_UNITS_CTE + ", page as (" + inner + ") select "
                + InboxSql.COLUMNS.formatted(
                        "k.create_time_",
                        "cast(null as timestamp)",
                        InboxSql.OPEN_OVERDUE,
                        InboxSql.visibility(user, tab, filter, params),
                        InboxSql.pastReviewDeadline())
                + " from page p left join act_ru_task k on k.id_ = p.task_id"
                + " left join target_table t on t.process_instance_id = k.proc_inst_id_"
                + InboxSql.LEFT_ORGANISATION_JOINS + InboxSql.ROUND_JOIN
                + " order by " + InboxSql.order(tab, page);
    }

    /** The counts of 我的待办, 待认领 and 已办 (from the projections), each stopping at :countLimit. */
    static String counts(InboxSql.User user, InboxFilter filter, MapSqlParameterSource params) {
        List<String> mine = new ArrayList<>();
        List<String> claimable = new ArrayList<>();
        for (Holder holder : holders(user, InboxTab.OPEN, params)) {
            String part =
                    "select 1 from open_task o where " + String.join(" and ", conditions(user, holder, filter, params));
            (holder.kind().equals("A") ? mine : claimable).add(part);
        }
        return "with " + UserScope.SCOPE_UNITS_CTE + " select " + capped(mine) + " as mine, " + capped(claimable)
                + " as claimable, " + DoneProjectionSql.count(filter, params) + " as done";
    }

    private static String capped(List<String> parts) {
        return "(select count(*) from (" + String.join(" union all ", parts) + " limit :countLimit) x)";
    }

    private static String branch(String column, List<String> where, String order) {
        return "(select o.task_id, " + column + " as sort_value from open_task o where " + String.join(" and ", where)
                + " order by " + order + " limit :reach)";
    }

    private static List<String> with(List<String> where, String condition) {
        List<String> all = new ArrayList<>(where);
        all.add(condition);
        return all;
    }

    /** The user (我的待办) and each of their groups (待认领), as the tab asks; the groups' parameters are set. */
    private static List<Holder> holders(InboxSql.User user, InboxTab tab, MapSqlParameterSource params) {
        List<Holder> holders = new ArrayList<>();
        if (tab == InboxTab.OPEN || tab == InboxTab.MINE) {
            holders.add(new Holder("A", "user", false));
        }
        if (tab == InboxTab.OPEN || tab == InboxTab.CLAIMABLE) {
            String first = user.groups().stream().min(String::compareTo).orElse("");
            for (int i = 0; i < user.groups().size(); i++) {
                String group = user.groups().get(i);
                params.addValue("g" + i, group);
                holders.add(new Holder("C", "g" + i, group.equals(first)));
            }
        }
        return holders;
    }

    /**
     * What a holder's row must be: the holder's, with a table in the user's scope, not a review of a table the user
     * authored (claimable rows of a user who drafts and reviews), listed under the first of the user's groups it is a
     * candidate of, and passing the filter.
     */
    private static List<String> conditions(
            InboxSql.User user, Holder holder, InboxFilter filter, MapSqlParameterSource params) {
        List<String> where = new ArrayList<>();
        where.add("o.kind = '" + holder.kind() + "'");
        where.add("o.holder = :" + holder.param());
        where.add("o.table_id is not null");
        where.add("o.unit_id in (select id from scope_units)");
        if (holder.kind().equals("C")) {
            AppUser person = user.user();
            if (InboxSql.separatesDuties(person)) {
                where.add("(o.task_key not in " + InboxSql.REVIEW_TASKS + " or not exists (select 1 from target_table t"
                        + " where t.id = o.table_id and " + Authorship.AUTHORED_BY_USER_SQL + "))");
            }
            if (user.severalGroups() && !holder.firstGroup()) {
                where.add("not exists (select 1 from open_task o2 where o2.task_id = o.task_id and o2.kind = 'C'"
                        + " and o2.holder in (:groups) and o2.holder < o.holder)");
            }
        }
        TableFilterSql.applyToProjection(filter, where, params);
        if (filter.overdue() != null) {
            String overdue = "(o.due_date is not null and o.due_date < :now)";
            where.add(filter.overdue() ? overdue : "not " + overdue);
        }
        return where;
    }

    /** The column of a projection {@code o} a sort sorts by; {@code received} is the tab's own meaning. */
    static String column(SortKey sort, String received) {
        return switch (sort) {
            case DUE_DATE -> "o.due_date";
            case SUBMITTED_AT -> "o.submitted_at";
            case BUDGET -> "o.budget";
            case PROJECT_CODE -> "o.project_code";
            case PROJECT_NAME -> "o.project_name";
            case FISCAL_YEAR -> "o.fiscal_year";
            case RECEIVED -> received;
        };
    }
}
