package cn.perftarget.workflow.approval;

import cn.perftarget.domain.audit.AuditEntry;
import cn.perftarget.domain.audit.AuditLog;
import cn.perftarget.domain.revision.Revision;
import cn.perftarget.domain.revision.RevisionDiff;
import cn.perftarget.domain.revision.RevisionRepository;
import cn.perftarget.domain.table.StoredTable;
import cn.perftarget.domain.table.TargetTableRepository;
import cn.perftarget.domain.user.AppUser;
import cn.perftarget.workflow.access.TableAccess;
import cn.perftarget.workflow.process.RoundRepository;
import cn.perftarget.workflow.process.RoundState;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;

import java.util.List;
import java.util.Optional;

/** Reads one table for a user in whose scope it lies; anything else is "not found or no access". */
@Service
public class TableReader {

    private final TargetTableRepository tables;
    private final RoundRepository rounds;
    private final RevisionRepository revisions;
    private final AuditLog audit;
    private final TableAccess access;
    private final TaskService taskService;

    TableReader(TargetTableRepository tables, RoundRepository rounds, RevisionRepository revisions, AuditLog audit,
                TableAccess access, TaskService taskService) {
        this.tables = tables;
        this.rounds = rounds;
        this.revisions = revisions;
        this.audit = audit;
        this.access = access;
        this.taskService = taskService;
    }

    public StoredTable table(AppUser user, long tableId) {
        StoredTable table = tables.findById(tableId).orElseThrow(NotFoundException::table);
        if (!access.canSee(user, table.unitId())) {
            throw NotFoundException.table();
        }
        return table;
    }

    /** The audit history, oldest first. */
    public List<AuditEntry> history(AppUser user, long tableId) {
        table(user, tableId);
        return audit.history(tableId);
    }

    /** The 批复 version in force (also during an adjustment), if the table was ever approved. */
    public Optional<Revision> approvedVersion(AppUser user, long tableId) {
        StoredTable table = table(user, tableId);
        return table.approvedRevisionId() == null ? Optional.empty() : revisions.findById(table.approvedRevisionId());
    }

    /** The revision under review (the unit's submission, or the fiscal reviewer's 良 edit). */
    public Optional<Revision> revisionUnderReview(AppUser user, long tableId) {
        table(user, tableId);
        Long id = rounds.state(tableId).reviewRevisionId();
        return id == null ? Optional.empty() : revisions.findById(id);
    }

    /** 单位确认: what the fiscal reviewer's 良 edit changed in the unit's submission; empty when there is none. */
    public RevisionDiff reviewerEdit(AppUser user, long tableId) {
        table(user, tableId);
        RoundState round = rounds.state(tableId);
        if (round.reviewRevisionId() == null || round.reviewRevisionId().equals(round.submittedRevisionId())) {
            return new RevisionDiff(List.of(), List.of());
        }
        Revision submitted = revisions.findById(round.submittedRevisionId()).orElseThrow();
        Revision edited = revisions.findById(round.reviewRevisionId()).orElseThrow();
        return RevisionDiff.between(submitted.snapshot(), edited.snapshot());
    }

    /** The task the table's round waits at, if any. */
    public Optional<WaitingTask> waitingTask(AppUser user, long tableId) {
        table(user, tableId);
        String pid = rounds.state(tableId).processInstanceId();
        if (pid == null) {
            return Optional.empty();
        }
        Task task = taskService.createTaskQuery().processInstanceId(pid).singleResult();
        return Optional.ofNullable(task).map(t -> new WaitingTask(t.getId(), t.getTaskDefinitionKey(), t.getName(),
                t.getAssignee(), t.getDueDate() == null ? null : t.getDueDate().toInstant()));
    }
}
