package cn.perftarget.workflow.notification;

import cn.perftarget.domain.i18n.Message;
import cn.perftarget.domain.i18n.MessageJson;
import cn.perftarget.workflow.identity.GroupMembership;
import cn.perftarget.workflow.text.WorkflowTexts;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** In-app notifications (table notification, V10), written in the transaction of what caused them. */
@Repository
public class NotificationRepository {

    private static final String INSERT =
            "insert into notification (recipient, table_id, kind, message, message_json, task_id, created_at)";
    /** The values of {@link #INSERT} after the recipient, named as {@link #fields} names them. */
    private static final String VALUES_BUT_RECIPIENT = ":table, :kind, :message, cast(:json as jsonb), :task, :at";

    private final NamedParameterJdbcTemplate jdbc;

    public NotificationRepository(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One notification per recipient (duplicates collapsed), in one batch. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void add(
            Collection<String> recipients,
            long tableId,
            NotificationKind kind,
            Message message,
            @Nullable String taskId,
            Instant at) {
        insert(recipients, tableId, kind, message, taskId, at);
    }

    /**
     * One notification to each member of a group, found and written in one statement (the outcome of a review: the
     * unit's drafters).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void addToMembers(String groupId, long tableId, NotificationKind kind, Message message, Instant at) {
        GroupMembership.Members members = GroupMembership.members(groupId);
        jdbc.update(
                INSERT + " select r.user_id, " + VALUES_BUT_RECIPIENT + " from (" + members.sql() + ") r",
                new MapSqlParameterSource(members.params()).addValues(fields(tableId, kind, message, null, at)));
    }

    /** One notification per recipient about no single table (a unit's 催办: it may have none yet). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void addWithoutTable(Collection<String> recipients, NotificationKind kind, Message message, Instant at) {
        insert(recipients, null, kind, message, null, at);
    }

    private void insert(
            Collection<String> recipients,
            @Nullable Long tableId,
            NotificationKind kind,
            Message message,
            @Nullable String taskId,
            Instant at) {
        Map<String, Object> fields = fields(tableId, kind, message, taskId, at);
        SqlParameterSource[] batch = recipients.stream()
                .distinct()
                .map(r -> new MapSqlParameterSource(fields).addValue("recipient", r))
                .toArray(SqlParameterSource[]::new);
        if (batch.length > 0) {
            jdbc.batchUpdate(INSERT + " values (:recipient, " + VALUES_BUT_RECIPIENT + ")", batch);
        }
    }

    /** The values of a notification but its recipient: the message in Chinese as shown and as JSON for the locale. */
    private static Map<String, Object> fields(
            @Nullable Long tableId, NotificationKind kind, Message message, @Nullable String taskId, Instant at) {
        Map<String, Object> fields = new HashMap<>();
        fields.put("table", tableId);
        fields.put("kind", kind.name());
        fields.put("message", WorkflowTexts.chinese(message));
        fields.put("json", MessageJson.write(message));
        fields.put("task", taskId);
        fields.put("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
        return fields;
    }

    /** The user's newest notifications first. */
    public List<Notification> latest(String username, int limit) {
        return jdbc.query(
                """
                        select id, recipient, table_id, kind, message, message_json, task_id, created_at, read_at
                        from notification
                        where recipient = :u order by created_at desc, id desc limit :limit""",
                new MapSqlParameterSource("u", username).addValue("limit", Math.max(0, limit)),
                (rs, i) -> new Notification(
                        rs.getLong("id"),
                        rs.getString("recipient"),
                        rs.getObject("table_id", Long.class),
                        NotificationKind.valueOf(rs.getString("kind")),
                        message(rs.getString("message_json"), rs.getString("message")),
                        rs.getString("task_id"),
                        rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                        instant(rs.getObject("read_at", OffsetDateTime.class))));
    }

    private static @Nullable Instant instant(@Nullable OffsetDateTime t) {
        return t == null ? null : t.toInstant();
    }

    /** The stored message; a notification from before V12 has only its Chinese text, shown as written. */
    private static Message message(@Nullable String json, String text) {
        return json == null ? Message.of("notify.asWritten", text) : MessageJson.read(json);
    }

    public long unreadCount(String username) {
        Long n = jdbc.queryForObject(
                "select count(*) from notification where recipient = :u and read_at is null",
                new MapSqlParameterSource("u", username),
                Long.class);
        return n == null ? 0 : n;
    }

    /** Marks one of the user's notifications read; another user's stays as it is. */
    public boolean markRead(String username, long id) {
        return jdbc.update(
                        "update notification set read_at = now() where id = :id and recipient = :u and read_at is null",
                        new MapSqlParameterSource("id", id).addValue("u", username))
                == 1;
    }

    /** Marks all of the user's unread notifications read; returns how many. */
    public int markAllRead(String username) {
        return jdbc.update(
                "update notification set read_at = now() where recipient = :u and read_at is null",
                new MapSqlParameterSource("u", username));
    }
}
