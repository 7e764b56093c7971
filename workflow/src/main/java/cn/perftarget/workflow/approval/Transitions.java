package cn.perftarget.workflow.approval;

import cn.perftarget.domain.audit.AuditAction;
import cn.perftarget.domain.audit.AuditEntry;
import cn.perftarget.domain.audit.AuditEvent;
import cn.perftarget.domain.audit.AuditLog;
import cn.perftarget.domain.table.StoredTable;
import cn.perftarget.domain.table.TableStatus;
import cn.perftarget.domain.table.TargetTableRepository;
import cn.perftarget.workflow.history.AuditNote;
import cn.perftarget.workflow.process.ProcessStep;
import cn.perftarget.workflow.process.ProcessSteps;
import cn.perftarget.workflow.process.RoundRepository;
import java.util.List;
import org.camunda.bpm.engine.task.Task;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The end of every action, in the action's transaction: reads the step the engine reached, refuses anything but the
 * step the action leads to, derives the table status from that step, writes the table, its round columns and last
 * grade (in one update where only its state changes) and the audit entry, and tells the observers. Status and process
 * cannot drift apart: the status is never set on its own.
 */
@Component
class Transitions {

    private final ProcessSteps steps;
    private final TargetTableRepository tables;
    private final RoundRepository rounds;
    private final AuditLog audit;
    private final List<ApprovalObserver> observers;

    Transitions(
            ProcessSteps steps,
            TargetTableRepository tables,
            RoundRepository rounds,
            AuditLog audit,
            List<ApprovalObserver> observers) {
        this.steps = steps;
        this.tables = tables;
        this.rounds = rounds;
        this.audit = audit;
        this.observers = observers;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public ActionResult apply(Change change) {
        StoredTable before = change.before.table();
        TableStatus to = change.status;
        if (change.expectedStep != null) {
            to = reached(change).status(before.adjusting());
        } else if (!change.changesState) {
            requireRunningStepAgrees(change);
        }
        StoredTable after = change.table.withStatus(to);
        // the round's columns and the last grade go with the state where only the state changes: one update of the
        // row, its triggers run once
        TargetTableRepository.MoreColumns more = change.round.equals(change.before.round())
                ? TargetTableRepository.MoreColumns.NONE
                : RoundRepository.columnsOf(change.round);
        String grade = gradeOf(change);
        if (grade != null) {
            more = more.and(RoundRepository.lastGrade(grade));
        }
        StoredTable saved;
        if (!after.equals(before) && sameContent(after, before)) {
            saved = tables.updateState(after, more);
        } else {
            saved = after.equals(before) ? before : tables.update(after);
            if (!more.isEmpty()) {
                rounds.save(before.id(), more);
            }
        }
        AuditEvent event = change.changesState
                ? new AuditEvent(
                        before.id(),
                        change.actor.username(),
                        change.actorRole,
                        change.action,
                        before.status(),
                        to,
                        change.comment,
                        change.revisionId)
                : new AuditEvent(
                        before.id(),
                        change.actor.username(),
                        change.actorRole,
                        change.action,
                        null,
                        null,
                        change.comment,
                        change.revisionId);
        AuditEntry entry = audit.append(event);
        tell(new ActionRecord(change.actor, entry, before, saved));
        return new ActionResult(before.id(), change.action, before.status(), to, change.revisionId, entry.id());
    }

    /** Tells the observers of an action done (a table created: before and after are the new table). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void tell(ActionRecord record) {
        for (ApprovalObserver observer : observers) {
            observer.afterAction(record);
        }
    }

    /** The grade a 财政审核 gives (the table's last grade, 最近评级), or null for any other action. */
    private static @Nullable String gradeOf(Change change) {
        return change.action == AuditAction.GRADE
                        && AuditNote.parse(change.action, change.comment) instanceof AuditNote.Graded graded
                ? graded.grade().name()
                : null;
    }

    /** Only where the table stands changes (most steps): its content, unit and year stay as stored. */
    private static boolean sameContent(StoredTable after, StoredTable before) {
        return after.unitId() == before.unitId()
                && after.fiscalYear() == before.fiscalYear()
                && after.content().equals(before.content());
    }

    /** A running round's waiting task and the table status agree (an ended round leaves the status to the table). */
    private void requireRunningStepAgrees(Change change) {
        String pid = change.round.processInstanceId();
        Task waiting = pid == null ? null : steps.waitingTask(pid);
        if (waiting == null) {
            return;
        }
        TableStatus expected = ProcessStep.ofActivity(waiting.getTaskDefinitionKey())
                .map(step -> step.status(change.before.table().adjusting()))
                .orElse(null);
        if (expected != change.before.table().status()) {
            throw new IllegalStateException("the process waits at " + waiting.getTaskDefinitionKey()
                    + " but the table is " + change.before.table().status());
        }
    }

    private ProcessStep reached(Change change) {
        String round = change.round.processInstanceId();
        if (round == null) {
            throw new IllegalStateException("after " + change.action + " the table should have an approval round");
        }
        ProcessStep actual = steps.current(round);
        if (actual != change.expectedStep) {
            throw new IllegalStateException("after " + change.action + " the process should be at "
                    + change.expectedStep + " but is at " + actual);
        }
        return actual;
    }
}
