package cn.perftarget.workflow.overview;

import cn.perftarget.domain.audit.AuditAction;
import cn.perftarget.domain.audit.AuditEvent;
import cn.perftarget.domain.audit.AuditLog;
import cn.perftarget.domain.i18n.Message;
import cn.perftarget.domain.security.SecurityEventType;
import cn.perftarget.domain.table.StoredTable;
import cn.perftarget.domain.table.TableNotFoundException;
import cn.perftarget.domain.table.TableRowLock;
import cn.perftarget.domain.table.TableStatus;
import cn.perftarget.domain.time.BeijingTime;
import cn.perftarget.domain.user.AppUser;
import cn.perftarget.domain.user.Role;
import cn.perftarget.workflow.access.ServiceAction;
import cn.perftarget.workflow.access.TableAccess;
import cn.perftarget.workflow.access.UserGroups;
import cn.perftarget.workflow.deadline.EngineClock;
import cn.perftarget.workflow.error.NotAllowedException;
import cn.perftarget.workflow.error.NotFoundException;
import cn.perftarget.workflow.history.AuditNote;
import cn.perftarget.workflow.notification.NotificationKind;
import cn.perftarget.workflow.notification.NotificationRepository;
import cn.perftarget.workflow.process.ProcessStep;
import cn.perftarget.workflow.security.SecurityAudit;
import cn.perftarget.workflow.security.ServiceGate;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 催办 (urges), each an in-app notification and a record ({@code urge}, V18):
 * <ul>
 *   <li>{@link #urgeUnit}: a department or fiscal reviewer (also of the bureau) urges a unit of their overview's scope
 *       to submit its tables of a year — those still 编制中 (never submitted, withdrawn or returned), or any at all when
 *       it has none yet; its drafters are told, the security log records it (ADMINISTRATION);</li>
 *   <li>{@link #urgeReview}: the drafter of a table urges its overdue review (the task's due date passed), at most once
 *       a day (Beijing time) per table; the reviewer holding the task, or every candidate while nobody holds it, is
 *       told, and the table's history records it (提醒 by the drafter).</li>
 * </ul>
 */
@Service
public class Urges {

    private final ServiceGate gate;
    private final NamedParameterJdbcTemplate jdbc;
    private final NotificationRepository notifications;
    private final SecurityAudit security;
    private final AuditLog audit;
    private final TableRowLock lock;
    private final TableAccess access;
    private final TaskService tasks;
    private final UserGroups groups;
    private final EngineClock clock;

    Urges(
            ServiceGate gate,
            NamedParameterJdbcTemplate jdbc,
            NotificationRepository notifications,
            SecurityAudit security,
            AuditLog audit,
            TableRowLock lock,
            TableAccess access,
            TaskService tasks,
            UserGroups groups,
            EngineClock clock) {
        this.gate = gate;
        this.jdbc = jdbc;
        this.notifications = notifications;
        this.security = security;
        this.audit = audit;
        this.lock = lock;
        this.access = access;
        this.tasks = tasks;
        this.groups = groups;
        this.clock = clock;
    }

    /** Urges the unit to submit its tables of the year. */
    @Transactional
    public UrgeResult urgeUnit(AppUser user, String unitCode, int fiscalYear) {
        return gate.enter(user, ServiceAction.URGE_UNIT, "unit:" + unitCode, by -> {
            OverviewScope scope = OverviewScope.of(by);
            List<Long> unit = jdbc.queryForList(
                    "with " + OverviewScope.CTE + """
                             select o.id from scope_units u join organisation o on o.id = u.id
                              where o.code = :code and not u.deactivated""", scope.params().addValue("code", unitCode), Long.class);
            if (unit.isEmpty()) {
                throw NotFoundException.unit();
            }
            long unitId = unit.get(0);
            MapSqlParameterSource params = new MapSqlParameterSource("unit", unitId).addValue("year", fiscalYear);
            long[] counts =
                    jdbc.queryForObject("""
                    select count(*) as total,
                           count(*) filter (where status = 'DRAFTING' and not adjusting) as open
                      from target_table where unit_id = :unit and fiscal_year = :year""", params, (rs, i) -> new long[] {rs.getLong("total"), rs.getLong("open")});
            long total = counts == null ? 0 : counts[0];
            long open = counts == null ? 0 : counts[1];
            if (total > 0 && open == 0) {
                throw NotAllowedException.of("error.urge.nothingOpen", String.valueOf(fiscalYear));
            }
            List<String> drafters = jdbc.queryForList("""
                    select u.username from app_user u join user_role r on r.user_id = u.id
                     where u.organisation_id = :unit and r.role = 'DRAFTER' and u.enabled
                     order by u.username""", params, String.class);
            if (drafters.isEmpty()) {
                throw NotAllowedException.of("error.urge.noDrafter", unitCode);
            }
            Message from = Message.of(
                    "notify.urge.from", by.displayName(), by.organisation().name());
            Message message = total == 0
                    ? Message.of("notify.urge.unitNone", from, String.valueOf(fiscalYear))
                    : Message.of("notify.urge.unit", from, String.valueOf(fiscalYear), open);
            Instant now = clock.now();
            notifications.addWithoutTable(drafters, NotificationKind.URGE_UNIT, message, now);
            jdbc.update(
                    "insert into urge (kind, urged_by, unit_id, day, created_at) values ('URGE_UNIT', :by, :unit,"
                            + " :day, now())",
                    params.addValue("by", by.username()).addValue("day", BeijingTime.day(now)));
            security.success(
                    SecurityEventType.ADMINISTRATION,
                    by.username(),
                    "unit:" + unitCode,
                    "urge " + fiscalYear + ": " + open + " open of " + total + " tables; told "
                            + String.join(", ", drafters));
            return new UrgeResult(drafters, open);
        });
    }

    /** The table's drafter urges its overdue review; once a day per table. */
    @Transactional
    public UrgeResult urgeReview(AppUser user, long tableId) {
        return gate.enter(user, ServiceAction.URGE_REVIEW, "table:" + tableId, by -> {
            try {
                lock.lock(tableId);
            } catch (TableNotFoundException e) {
                throw NotFoundException.table();
            }
            StoredTable table = access.visibleTable(by, tableId);
            if (!TableAccess.draftsFor(by, table.unitId())) {
                throw NotAllowedException.of("error.urge.notDrafter");
            }
            String instance = jdbc.queryForObject(
                    "select process_instance_id from target_table where id = :id",
                    new MapSqlParameterSource("id", tableId),
                    String.class);
            Task task = instance == null
                    ? null
                    : tasks.createTaskQuery().processInstanceId(instance).active().list().stream()
                            .filter(t -> ProcessStep.ofActivity(t.getTaskDefinitionKey())
                                    .map(s -> s == ProcessStep.DEPARTMENT_REVIEW || s == ProcessStep.FISCAL_REVIEW)
                                    .orElse(false))
                            .findFirst()
                            .orElse(null);
            if (task == null
                    || (table.status() != TableStatus.DEPT_REVIEW && table.status() != TableStatus.FISCAL_REVIEW)) {
                throw NotAllowedException.of("error.urge.notInReview");
            }
            Instant now = clock.now();
            if (task.getDueDate() == null || !task.getDueDate().toInstant().isBefore(now)) {
                throw NotAllowedException.of("error.urge.notOverdue");
            }
            LocalDate today = BeijingTime.day(now);
            MapSqlParameterSource params = new MapSqlParameterSource("table", tableId)
                    .addValue("day", today)
                    .addValue("by", by.username());
            Boolean urged = jdbc.queryForObject(
                    "select exists (select 1 from urge where kind = 'URGE_REVIEW' and table_id = :table and day = :day)",
                    params,
                    Boolean.class);
            if (Boolean.TRUE.equals(urged)) {
                throw NotAllowedException.of("error.urge.onceADay");
            }
            List<String> recipients = recipients(task);
            ProcessStep step =
                    ProcessStep.ofActivity(task.getTaskDefinitionKey()).orElseThrow();
            String name = table.content().projectName().strip();
            String code = table.content().projectCode().strip();
            Message tableName =
                    code.isEmpty() ? Message.of("notify.table", name) : Message.of("notify.tableWithCode", name, code);
            notifications.add(
                    recipients,
                    tableId,
                    NotificationKind.URGE_REVIEW,
                    Message.of("notify.urge.review", by.organisation().name(), tableName, step),
                    task.getId(),
                    now);
            jdbc.update(
                    "insert into urge (kind, urged_by, table_id, day, created_at) values ('URGE_REVIEW', :by, :table,"
                            + " :day, now())",
                    params);
            audit.append(AuditEvent.of(
                    tableId,
                    by.username(),
                    Role.DRAFTER.name(),
                    AuditAction.REMIND,
                    new AuditNote.Recipients(AuditAction.REMIND, recipients).format()));
            return new UrgeResult(recipients, 1);
        });
    }

    /** The reviewer holding the task, or every member of its candidate groups. */
    private List<String> recipients(Task task) {
        if (task.getAssignee() != null) {
            return List.of(task.getAssignee());
        }
        Set<String> members = new LinkedHashSet<>();
        for (IdentityLink link : tasks.getIdentityLinksForTask(task.getId())) {
            if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
                members.addAll(groups.members(link.getGroupId()));
            }
        }
        return new ArrayList<>(members);
    }
}
