package cn.perftarget.workflow.inbox;

import cn.perftarget.domain.table.TableStatus;
import cn.perftarget.domain.time.BeijingTime;
import cn.perftarget.domain.user.AppUser;
import cn.perftarget.workflow.access.UserGroups;
import cn.perftarget.workflow.access.UserScope;
import cn.perftarget.workflow.deadline.EngineClock;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The inbox (待办箱): the user's tasks, their groups' claimable tasks (apart, or together as 全部待办) and their completed
 * tasks, each with its table. Open tasks are paged, sorted, filtered and counted in our projection {@code open_task} of
 * Camunda's ACT_RU_TASK and the tables (kept by triggers; {@link InboxProjectionSql}), and read from ACT_RU_TASK and
 * target_table; done tasks likewise in {@code done_task} of ACT_HI_TASKINST, the rounds and the tables
 * ({@link DoneProjectionSql}), read from ACT_HI_TASKINST. A page costs three statements whatever its size: the user's
 * groups, the counts of all tabs, the rows. Everything is limited to the tables in the user's scope
 * ({@link UserScope}); tasks of tables the user drafted or edited are not offered for claiming (see {@link InboxSql}).
 * <p>
 * The counts stop at {@link InboxCounts#CAP} + 1 ("99+"), so that they cost the same however many tasks a busy
 * reviewer has. Each row of a page is checked against Camunda's and our tables (task open or completed by the user,
 * the user's or their group's, table in scope, duties, filter); should one fail — a projection disagreeing with them,
 * which its triggers are there to prevent — the page is read again the exact way.
 */
@Component
public class InboxQuery {

    private static final Logger log = LoggerFactory.getLogger(InboxQuery.class);

    private final NamedParameterJdbcTemplate jdbc;
    private final UserGroups groups;
    private final EngineClock clock;

    public InboxQuery(NamedParameterJdbcTemplate jdbc, UserGroups groups, EngineClock clock) {
        this.jdbc = jdbc;
        this.groups = groups;
        this.clock = clock;
    }

    public InboxPage page(AppUser user, InboxTab tab, InboxFilter filter, PageRequest page) {
        Context context = context(user);
        InboxCounts counts = counts(context, filter);
        return new InboxPage(tab, rows(context, tab, filter, page), counts, page);
    }

    /**
     * The rows of a page without the counts (two statements), for a caller that has the counts already, e.g. a grid
     * scrolling on or sorted again.
     */
    public List<InboxRow> rows(AppUser user, InboxTab tab, InboxFilter filter, PageRequest page) {
        return rows(context(user), tab, filter, page);
    }

    public InboxCounts counts(AppUser user, InboxFilter filter) {
        return counts(context(user), filter);
    }

    private List<InboxRow> rows(Context context, InboxTab tab, InboxFilter filter, PageRequest page) {
        List<InboxRow> rows = query(projection(context, tab, filter, page), context);
        if (rows.stream().allMatch(Objects::nonNull)) {
            return rows;
        }
        log.warn(
                "inbox of {}: a row of {} does not stand the check against the engine's tables;"
                        + " the page is read the exact way",
                context.sql().user().username(),
                tab == InboxTab.DONE ? "done_task" : "open_task");
        return exactRows(context, tab, filter, page);
    }

    private static String projection(Context context, InboxTab tab, InboxFilter filter, PageRequest page) {
        return tab == InboxTab.DONE
                ? DoneProjectionSql.rows(filter, page, context.params())
                : InboxProjectionSql.openRows(context.sql(), tab, filter, page, context.params());
    }

    /** A page the exact way (every task of the user joined with its table), for the comparison. */
    List<InboxRow> exactRows(AppUser user, InboxTab tab, InboxFilter filter, PageRequest page) {
        return exactRows(context(user), tab, filter, page);
    }

    /** A page from the projection, a row failing its check as null, for the comparison. */
    List<@Nullable InboxRow> projectionRows(AppUser user, InboxTab tab, InboxFilter filter, PageRequest page) {
        Context context = context(user);
        return jdbc.query(projection(context, tab, filter, page), context.params(), InboxQuery::row);
    }

    /** The plan of a page read from the projection ({@code explain analyze}, as text), for the plan test. */
    List<String> explainProjection(AppUser user, InboxTab tab, InboxFilter filter, PageRequest page) {
        Context context = context(user);
        return explain(projection(context, tab, filter, page), context);
    }

    /** The plan of the counts ({@code explain analyze}, as text), for the plan test. */
    List<String> explainCounts(AppUser user, InboxFilter filter) {
        Context context = context(user);
        return explain(InboxProjectionSql.counts(context.sql(), filter, context.params()), context);
    }

    private List<String> explain(String sql, Context context) {
        return jdbc.queryForList("explain (analyze, buffers) " + sql, context.params(), String.class);
    }

    /** The counts the exact way, for the comparison. */
    InboxCounts exactCounts(AppUser user, InboxFilter filter) {
        Context context = context(user);
        return counts(InboxSql.counts(context.sql(), filter, context.params()), context);
    }

    private List<InboxRow> exactRows(Context context, InboxTab tab, InboxFilter filter, PageRequest page) {
        return query(
                tab == InboxTab.DONE
                        ? InboxSql.doneRows(filter, page, context.params())
                        : InboxSql.openRows(context.sql(), tab, filter, page, context.params()),
                context);
    }

    private InboxCounts counts(Context context, InboxFilter filter) {
        return counts(InboxProjectionSql.counts(context.sql(), filter, context.params()), context);
    }

    private InboxCounts counts(String sql, Context context) {
        return jdbc.queryForObject(
                sql,
                context.params(),
                (rs, i) -> new InboxCounts(rs.getLong("mine"), rs.getLong("claimable"), rs.getLong("done")));
    }

    private List<InboxRow> query(String sql, Context context) {
        return jdbc.query(sql, context.params(), InboxQuery::row);
    }

    private Context context(AppUser user) {
        List<String> myGroups = groups.of(user);
        MapSqlParameterSource params = UserScope.of(user)
                .addParams(new MapSqlParameterSource())
                .addValue("user", user.username())
                // no group: a list no candidate group matches (SQL has no empty "in ()")
                .addValue("groups", myGroups.isEmpty() ? List.of("") : myGroups)
                .addValue("now", Timestamp.from(clock.now()))
                .addValue("today", BeijingTime.day(clock.now()))
                .addValue("countLimit", InboxCounts.CAP + 1);
        return new Context(new InboxSql.User(user, myGroups.isEmpty() ? List.of("") : List.copyOf(myGroups)), params);
    }

    private record Context(InboxSql.User sql, MapSqlParameterSource params) {}

    /** A row, or null for a row of a page chosen from a projection that fails its check (the page is read again). */
    private static @Nullable InboxRow row(ResultSet rs, int i) throws SQLException {
        if (!rs.getBoolean("visible")) {
            return null;
        }
        return new InboxRow(
                rs.getString("task_id"),
                rs.getString("task_key"),
                rs.getLong("table_id"),
                rs.getInt("fiscal_year"),
                rs.getString("project_code"),
                rs.getString("project_name"),
                rs.getString("unit_code"),
                rs.getString("unit_name"),
                rs.getString("department_code"),
                rs.getString("department_name"),
                rs.getBigDecimal("budget"),
                TableStatus.valueOf(rs.getString("status")),
                instant(rs.getObject("submitted_at", OffsetDateTime.class)),
                instant(rs.getTimestamp("task_created")),
                instant(rs.getTimestamp("due_date")),
                rs.getBoolean("overdue"),
                rs.getString("assignee"),
                instant(rs.getTimestamp("completed_at")),
                rs.getBoolean("submitted_late"),
                rs.getBoolean("past_review_deadline"));
    }

    static @Nullable Instant instant(@Nullable Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    static @Nullable Instant instant(@Nullable OffsetDateTime t) {
        return t == null ? null : t.toInstant();
    }
}
