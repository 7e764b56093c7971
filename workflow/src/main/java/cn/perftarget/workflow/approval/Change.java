package cn.perftarget.workflow.approval;

import cn.perftarget.domain.audit.AuditAction;
import cn.perftarget.domain.table.StoredTable;
import cn.perftarget.domain.table.TableStatus;
import cn.perftarget.domain.user.AppUser;
import cn.perftarget.workflow.process.ProcessStep;
import cn.perftarget.workflow.process.RoundState;
import org.jspecify.annotations.Nullable;

/**
 * What an action changes, handed to {@link Transitions}: the step the engine must have reached (which decides the new
 * status), the table and round columns after the action, and what the audit entry says.
 */
final class Change {

    final AppUser actor;
    final String actorRole;
    final AuditAction action;
    final TableHandle before;
    /** null: no step is expected (an action without the process, or one that leaves the step as it is) */
    @Nullable
    ProcessStep expectedStep;

    TableStatus status;
    StoredTable table;
    RoundState round;

    @Nullable
    String comment;

    @Nullable
    Long revisionId;

    boolean changesState = true;

    private Change(AppUser actor, String actorRole, AuditAction action, TableHandle before) {
        this.actor = actor;
        this.actorRole = actorRole;
        this.action = action;
        this.before = before;
        this.table = before.table();
        this.round = before.round();
        this.status = before.table().status();
        this.revisionId = before.round().reviewRevisionId();
    }

    static Change of(AppUser actor, String actorRole, AuditAction action, TableHandle before) {
        return new Change(actor, actorRole, action, before);
    }

    /** The engine must be at this step after the action; its status becomes the table's. */
    Change expect(ProcessStep step) {
        this.expectedStep = step;
        return this;
    }

    /** No process involved: the table takes this status. */
    Change status(TableStatus newStatus) {
        this.status = newStatus;
        return this;
    }

    /**
     * The action leaves the status as it is (claim, unclaim, transfer, edit): the step must stay, the audit entry
     * records no state change.
     */
    Change noStateChange() {
        this.expectedStep = null;
        this.changesState = false;
        return this;
    }

    Change table(StoredTable newTable) {
        this.table = newTable;
        return this;
    }

    Change round(RoundState newRound) {
        this.round = newRound;
        return this;
    }

    Change comment(@Nullable String text) {
        this.comment = text;
        return this;
    }

    Change revision(@Nullable Long id) {
        this.revisionId = id;
        return this;
    }
}
