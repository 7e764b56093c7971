package cn.perftarget.ui.editor;

import cn.perftarget.domain.i18n.Message;
import cn.perftarget.domain.table.StoredTable;
import cn.perftarget.domain.table.TargetTable;
import cn.perftarget.domain.user.AppUser;
import cn.perftarget.workflow.approval.ApprovalService;
import cn.perftarget.workflow.error.ConflictException;
import cn.perftarget.workflow.error.UnavailableException;
import cn.perftarget.workflow.error.WorkflowException;
import cn.perftarget.workflow.read.TableReadService;
import org.jspecify.annotations.Nullable;

/**
 * Saves the editor's content as a draft edit through the approval service (which writes the audit entry), with the
 * version the editor started from: a table changed by someone else meanwhile is a conflict, never overwritten.
 */
final class DraftSaver {

    enum Outcome {
        SAVED,
        UNCHANGED,
        CONFLICT,
        /** the database could not be reached: nothing was saved, the content is still the editor's to save later */
        UNAVAILABLE,
        REFUSED
    }

    /** @param message why it was not saved; null when it was saved or nothing had changed */
    record Result(Outcome outcome, @Nullable Message message) {}

    private final ApprovalService service;
    private final TableReadService reads;
    private final AppUser user;
    private final long tableId;
    private int version;
    private TargetTable stored;

    DraftSaver(ApprovalService service, TableReadService reads, AppUser user, StoredTable loaded) {
        this.service = service;
        this.reads = reads;
        this.user = user;
        this.tableId = loaded.id();
        this.version = loaded.version();
        this.stored = loaded.content();
    }

    /** The content as last read from or written to the database. */
    TargetTable stored() {
        return stored;
    }

    Result save(TargetTable content) {
        if (content.equals(stored)) {
            return new Result(Outcome.UNCHANGED, null);
        }
        try {
            service.saveDraft(user, tableId, content, version);
        } catch (ConflictException e) {
            return new Result(Outcome.CONFLICT, e.text());
        } catch (UnavailableException e) {
            return new Result(Outcome.UNAVAILABLE, e.text());
        } catch (WorkflowException e) {
            return new Result(Outcome.REFUSED, e.text());
        }
        StoredTable now = reads.table(user, tableId);
        TargetTable sent = content.withUnit(
                now.content().unitCode(),
                now.content().unitName(),
                now.content().fiscalYear());
        if (!now.content().equals(sent)) {
            // someone saved right after us: do not take their version as ours
            return new Result(Outcome.CONFLICT, Message.of("table.stale"));
        }
        version = now.version();
        stored = now.content();
        return new Result(Outcome.SAVED, null);
    }

    /** Takes the database's current version, so the next save overwrites the other change (the user chose so). */
    void adoptCurrentVersion() {
        StoredTable now = reads.table(user, tableId);
        version = now.version();
        stored = now.content();
    }

    /** The table as now stored (after a conflict, to start again from it). */
    StoredTable reload() {
        StoredTable now = reads.table(user, tableId);
        version = now.version();
        stored = now.content();
        return now;
    }
}
