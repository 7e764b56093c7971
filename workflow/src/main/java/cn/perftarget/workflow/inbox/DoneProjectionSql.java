package cn.perftarget.workflow.inbox;

import cn.perftarget.workflow.access.UserScope;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * The SQL of the done tab (已办) read from the projection {@code done_task} (V28, alias {@code o}): a row per task the
 * user completed, with the columns of its round's table. A page is the user's rows in scope that pass the filter, in
 * the page's order — newest first through the index {@code (assignee, completed desc, task_id)}, another order or a
 * filter by reading the user's narrow rows alone —; its rows are then read from ACT_HI_TASKINST and target_table and
 * each is checked there to be the user's ({@link InboxSql#doneVisibility}): a row that is not makes the page be read
 * again the exact way. The count reads the same rows and stops at :countLimit.
 */
final class DoneProjectionSql {

    private DoneProjectionSql() {}

    /** A page of the done tab (see the class). */
    static String rows(InboxFilter filter, PageRequest page, MapSqlParameterSource params) {
        params.addValue("limit", page.limit()).addValue("offset", page.offset());
        String inner = "select o.task_id from done_task o where " + String.join(" and ", conditions(filter, params))
                + " order by " + order(page) + " limit :limit offset :offset";
        return "with " + UserScope.SCOPE_UNITS_CTE + ", page as (" + inner + ") select "
                + InboxSql.COLUMNS.formatted(
                        "k.start_time_",
                        "k.end_time_",
                        InboxSql.DONE_OVERDUE,
                        InboxSql.doneVisibility(filter, params),
                        "false")
                + " from page p left join act_hi_taskinst k on k.id_ = p.task_id"
                + " left join workflow_round r on r.process_instance_id = k.proc_inst_id_"
                + " left join target_table t on t.id = r.table_id" + InboxSql.LEFT_ORGANISATION_JOINS
                + " order by " + InboxSql.order(InboxTab.DONE, page);
    }

    /** The count of 已办, stopping at :countLimit (a scalar sub-select; the scope's CTE is the caller's). */
    static String count(InboxFilter filter, MapSqlParameterSource params) {
        return InboxSql.capped("done_task o where " + String.join(" and ", conditions(filter, params)));
    }

    private static List<String> conditions(InboxFilter filter, MapSqlParameterSource params) {
        List<String> where = new ArrayList<>();
        where.add("o.assignee = :user");
        where.add("o.unit_id in (select id from scope_units)");
        TableFilterSql.applyToProjection(filter, where, params);
        if (filter.overdue() != null) {
            String overdue = "(o.due_date is not null and o.completed > o.due_date)";
            where.add(filter.overdue() ? overdue : "not " + overdue);
        }
        return where;
    }

    /**
     * The order of the exact done tab ({@link InboxSql#order}) over the projection's columns. When completed (never
     * null) is written without "nulls last", the index gives the order as it is.
     */
    private static String order(PageRequest page) {
        String column = page.sort() == SortKey.RECEIVED
                ? "o.completed" + (page.descending() ? " desc" : "")
                : InboxProjectionSql.column(page.sort(), "o.completed") + TableFilterSql.direction(page);
        return column + ", o.task_id";
    }
}
