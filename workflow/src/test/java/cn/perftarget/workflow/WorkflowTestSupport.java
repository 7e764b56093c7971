package cn.perftarget.workflow;

import cn.perftarget.domain.audit.AuditAction;
import cn.perftarget.domain.audit.AuditEntry;
import cn.perftarget.domain.audit.AuditLog;
import cn.perftarget.domain.org.OrganisationRepository;
import cn.perftarget.domain.revision.RevisionRepository;
import cn.perftarget.domain.table.StoredTable;
import cn.perftarget.domain.table.TableStatus;
import cn.perftarget.domain.table.TargetTable;
import cn.perftarget.domain.table.TargetTableRepository;
import cn.perftarget.domain.user.AppUser;
import cn.perftarget.domain.user.UserRepository;
import cn.perftarget.workflow.approval.ApprovalService;
import cn.perftarget.workflow.inbox.InboxQuery;
import cn.perftarget.workflow.process.RoundRepository;
import cn.perftarget.workflow.process.ServiceCall;
import cn.perftarget.workflow.read.TableReadService;
import cn.perftarget.workflow.support.SeedContent;
import cn.perftarget.workflow.support.TestOrganisation;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The common ground of the workflow tests: the real context (embedded PostgreSQL, Flyway, the Camunda engine with the
 * real models, the demo organisation), the same for every test class so the context is built once.
 */
@SpringBootTest
public abstract class WorkflowTestSupport {

    @Autowired
    protected ApprovalService approvals;

    @Autowired
    protected TableReadService reader;

    @Autowired
    protected InboxQuery inbox;

    @Autowired
    protected TargetTableRepository tables;

    @Autowired
    protected RevisionRepository revisions;

    @Autowired
    protected AuditLog auditLog;

    @Autowired
    protected RoundRepository rounds;

    @Autowired
    protected UserRepository users;

    @Autowired
    protected OrganisationRepository organisations;

    @Autowired
    protected TaskService taskService;

    @Autowired
    protected RuntimeService runtimeService;

    @Autowired
    protected HistoryService historyService;

    @Autowired
    protected ManagementService managementService;

    @Autowired
    protected JdbcTemplate jdbc;

    /**
     * Changes the engine directly, as only the service may (the engine's guard refuses it anywhere else): for tests
     * that set up a situation the service does not make on its own, e.g. a due date or an extra candidate group.
     */
    protected static void asTheService(Runnable change) {
        ServiceCall.run(() -> {
            change.run();
            return null;
        });
    }

    protected AppUser user(String username) {
        return users.findByUsername(username).orElseThrow(() -> new IllegalStateException("no user " + username));
    }

    /** An administrator (系统管理员, 安全管理员 …) of the test organisation's region: in its bureau. */
    protected AppUser administratorOf(TestOrganisation org, cn.perftarget.domain.user.Role role) {
        return users.save(
                "adm-" + role.name().toLowerCase(java.util.Locale.ROOT) + "-" + org.department.code(),
                "测试管理员",
                "{noop}unused",
                org.department.parentId(),
                java.util.Set.of(role),
                false);
    }

    protected TestOrganisation newOrganisation() {
        return TestOrganisation.create(organisations, users);
    }

    /** A new table of the drafter's unit with the given content. */
    protected long create(AppUser drafter, TargetTable content) {
        return approvals.create(drafter, content).tableId();
    }

    /** A clean seed table created and submitted by the drafter: it waits at the department review. */
    protected long submitted(AppUser drafter) {
        long id = create(drafter, SeedContent.clean());
        approvals.submit(drafter, id);
        return id;
    }

    /** A clean table passed by the department: it waits at the fiscal review. */
    protected long atFiscalReview(AppUser drafter, AppUser departmentReviewer) {
        long id = submitted(drafter);
        approvals.pass(departmentReviewer, taskId(id), null);
        return id;
    }

    protected StoredTable table(long id) {
        return tables.get(id);
    }

    protected TableStatus status(long id) {
        return tables.get(id).status();
    }

    /** The task the table's round waits at. */
    protected Task task(long tableId) {
        String pid = rounds.state(tableId).processInstanceId();
        return pid == null
                ? null
                : taskService.createTaskQuery().processInstanceId(pid).singleResult();
    }

    protected String taskId(long tableId) {
        Task task = task(tableId);
        if (task == null) {
            throw new IllegalStateException("no task waits for table " + tableId);
        }
        return task.getId();
    }

    protected String processInstance(long tableId) {
        return rounds.state(tableId).processInstanceId();
    }

    protected List<AuditAction> actions(long tableId) {
        return auditLog.history(tableId).stream().map(AuditEntry::action).toList();
    }

    protected AuditEntry lastAudit(long tableId) {
        List<AuditEntry> history = auditLog.history(tableId);
        return history.get(history.size() - 1);
    }
}
