package cn.perftarget.workflow.export;

import cn.perftarget.domain.audit.AuditAction;
import cn.perftarget.domain.audit.AuditEntry;
import cn.perftarget.domain.audit.AuditEvent;
import cn.perftarget.domain.audit.AuditLog;
import cn.perftarget.domain.revision.Revision;
import cn.perftarget.domain.revision.RevisionRepository;
import cn.perftarget.domain.security.SecurityEventType;
import cn.perftarget.domain.table.StoredTable;
import cn.perftarget.domain.table.TargetTable;
import cn.perftarget.domain.user.AppUser;
import cn.perftarget.domain.user.Role;
import cn.perftarget.workflow.access.TableAccess;
import cn.perftarget.workflow.error.NotFoundException;
import cn.perftarget.workflow.history.AuditNote;
import cn.perftarget.workflow.security.SecurityAudit;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * One export of one table, in one transaction: the table read within the user's scope, the revision chosen (or the
 * current content), the file made, an audit entry appended to the table's chain (who, in which role, which revision,
 * which format), and — last, so that a failure before it leaves no trace and no file — the security log's EXPORT
 * entry (which commits on its own).
 */
@Component
class TableExport {

    /** The roles in the order an export is recorded under, when the user holds several. */
    private static final List<Role> READING_ROLES =
            List.of(Role.DRAFTER, Role.DEPT_REVIEWER, Role.FISCAL_REVIEWER, Role.AUDITOR);

    private final TableAccess access;
    private final RevisionRepository revisions;
    private final AuditLog auditLog;
    private final SecurityAudit security;

    TableExport(TableAccess access, RevisionRepository revisions, AuditLog auditLog, SecurityAudit security) {
        this.access = access;
        this.revisions = revisions;
        this.auditLog = auditLog;
        this.security = security;
    }

    /**
     * @param revisionId the revision to export, null for the table's current content
     * @throws NotFoundException when the table is not in the user's scope, or the revision not one of its own
     */
    @Transactional
    public ExportedFile export(AppUser user, long tableId, @Nullable Long revisionId, ExportFormat format) {
        StoredTable table = access.visibleTable(user, tableId);
        Revision revision = revisionId == null ? null : revision(table, revisionId);
        TargetTable content = revision == null ? table.content() : revision.snapshot();
        byte[] bytes = format.render(content, 1);
        AuditNote note = new AuditNote.Exported(format.extension(), revision == null);
        AuditEntry entry = auditLog.append(new AuditEvent(
                table.id(),
                user.username(),
                role(user, table),
                AuditAction.EXPORT,
                null,
                null,
                note.format(),
                revision == null ? null : revision.id()));
        security.success(
                SecurityEventType.EXPORT,
                user.username(),
                "table:" + table.id(),
                format.extension() + (revision == null ? " current" : " revision:" + revision.id()) + " audit:"
                        + entry.id());
        return new ExportedFile(fileName(content, revision, format), format.contentType(), bytes);
    }

    private Revision revision(StoredTable table, long revisionId) {
        return revisions
                .findById(revisionId)
                .filter(r -> r.tableId() == table.id())
                .orElseThrow(NotFoundException::table);
    }

    /** {@code 项目名称绩效目标表.docx}, a revision's with its number: {@code 项目名称绩效目标表（第2版）.pdf}. */
    static String fileName(TargetTable content, @Nullable Revision revision, ExportFormat format) {
        String base =
                content.projectName().strip() + "绩效目标表" + (revision == null ? "" : "（第" + revision.revisionNo() + "版）");
        return FileNames.of(base, "绩效目标表", format.extension());
    }

    /** The role the user reads the table in: the unit's drafter, else a reviewer's or the auditor's role. */
    private static String role(AppUser user, StoredTable table) {
        if (TableAccess.draftsFor(user, table.unitId())) {
            return Role.DRAFTER.name();
        }
        return READING_ROLES.stream()
                .filter(r -> r != Role.DRAFTER && user.has(r))
                .findFirst()
                .or(() -> user.roles().stream().sorted().findFirst())
                .map(Role::name)
                .orElse("USER");
    }
}
