package cn.perftarget.workflow.incident;

import cn.perftarget.domain.i18n.Message;
import cn.perftarget.domain.i18n.MessageJson;
import cn.perftarget.domain.user.Role;
import cn.perftarget.workflow.deadline.EngineClock;
import cn.perftarget.workflow.notification.NotificationKind;
import cn.perftarget.workflow.text.WorkflowTexts;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Tells every enabled operator (运维人员) of a new incident: one notification of kind {@code INCIDENT} each, at most one
 * per operator and incident whichever node or thread reports it (a unique index, V20), with the failed activity, the
 * process instance, the incident and the cause, and the round's table when there is one.
 */
@Component
class IncidentAlerts {

    private static final Logger log = LoggerFactory.getLogger(IncidentAlerts.class);
    /** The cause as shown: the exception's message, cut to this many characters. */
    static final int CAUSE_CHARS = 300;

    private final NamedParameterJdbcTemplate jdbc;
    private final EngineClock clock;

    IncidentAlerts(NamedParameterJdbcTemplate jdbc, EngineClock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void raised(RaisedIncident incident) {
        String cause = incident.message() == null ? "—" : incident.message().strip();
        if (cause.length() > CAUSE_CHARS) {
            cause = cause.substring(0, CAUSE_CHARS) + "…";
        }
        String processInstance = incident.processInstanceId() == null ? "—" : incident.processInstanceId();
        Message message = Message.of("notify.incident", incident.activity(), processInstance, incident.id(), cause);
        int told = jdbc.update(
                """
                insert into notification
                    (recipient, table_id, kind, message, message_json, task_id, incident_id, created_at)
                select u.username, (select t.id from target_table t where t.id = :table), :kind, :message,
                       cast(:json as jsonb), null, :incident, :at
                from app_user u join user_role r on r.user_id = u.id
                where r.role = :role and u.enabled
                on conflict (recipient, incident_id) where incident_id is not null do nothing""",
                new MapSqlParameterSource()
                        .addValue("table", tableId(incident.businessKey()), Types.BIGINT)
                        .addValue("kind", NotificationKind.INCIDENT.name())
                        .addValue("message", WorkflowTexts.chinese(message))
                        .addValue("json", MessageJson.write(message))
                        .addValue("incident", incident.id())
                        .addValue("role", Role.OPERATOR.name())
                        .addValue("at", OffsetDateTime.ofInstant(clock.now(), ZoneOffset.UTC)));
        log.warn(
                "incident {} at {} (process instance {}): {}; {} operator(s) notified",
                incident.id(),
                incident.activity(),
                processInstance,
                cause,
                told);
    }

    /** The table of a round (its business key is the table id); null for any other key. */
    private static @Nullable Long tableId(@Nullable String businessKey) {
        if (businessKey == null || businessKey.isEmpty() || businessKey.length() > 18) {
            return null;
        }
        for (int i = 0; i < businessKey.length(); i++) {
            char c = businessKey.charAt(i);
            if (c < '0' || c > '9') {
                return null;
            }
        }
        return Long.parseLong(businessKey);
    }
}
