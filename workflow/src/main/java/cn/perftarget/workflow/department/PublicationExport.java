package cn.perftarget.workflow.department;

import cn.perftarget.domain.audit.AuditAction;
import cn.perftarget.domain.audit.AuditEvent;
import cn.perftarget.domain.audit.AuditLog;
import cn.perftarget.domain.department.DepartmentTargetsRepository;
import cn.perftarget.domain.department.StoredDepartmentTargets;
import cn.perftarget.domain.importer.DepartmentTargets;
import cn.perftarget.domain.office.write.PublicationDocument;
import cn.perftarget.domain.office.write.PublicationHeader;
import cn.perftarget.domain.org.Organisation;
import cn.perftarget.domain.revision.Revision;
import cn.perftarget.domain.revision.RevisionRepository;
import cn.perftarget.domain.table.StoredTable;
import cn.perftarget.domain.table.TargetTable;
import cn.perftarget.domain.table.TargetTableRepository;
import cn.perftarget.domain.user.AppUser;
import cn.perftarget.domain.user.Role;
import cn.perftarget.workflow.history.AuditNote;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The publication document of a department and year (部门预算绩效信息): the stored department part first, then the 批复
 * revision in force of every table of the department's units that was ever approved — by unit code, each unit's in
 * creation order; a table under adjustment with its approved revision, a table never approved left out — numbered
 * from 1. Each included table's audit history records the export (who, which revision, which format), in the same
 * transaction.
 */
@Component
class PublicationExport {

    private final TargetTableRepository tables;
    private final RevisionRepository revisions;
    private final DepartmentTargetsRepository parts;
    private final AuditLog audit;

    PublicationExport(
            TargetTableRepository tables,
            RevisionRepository revisions,
            DepartmentTargetsRepository parts,
            AuditLog audit) {
        this.tables = tables;
        this.revisions = revisions;
        this.parts = parts;
        this.audit = audit;
    }

    @Transactional
    PublicationFile export(AppUser user, Role role, Organisation department, int fiscalYear, PublicationFormat format) {
        List<Revision> approved = new ArrayList<>();
        for (StoredTable table : tables.findByDepartment(department.savedId(), fiscalYear)) {
            Long revisionId = table.approvedRevisionId();
            if (revisionId != null) {
                approved.add(revisions
                        .findById(revisionId)
                        .orElseThrow(() -> new IllegalStateException(
                                "the approved revision " + revisionId + " of table " + table.id() + " is missing")));
            }
        }
        DepartmentTargets part = parts.find(department.savedId(), fiscalYear)
                .map(StoredDepartmentTargets::content)
                .orElse(null);
        byte[] content = write(
                department,
                fiscalYear,
                part,
                approved.stream().map(Revision::snapshot).toList(),
                format);
        String note = new AuditNote.PublicationExported(department.code(), fiscalYear, format.extension()).format();
        for (Revision r : approved) {
            audit.append(new AuditEvent(
                    r.tableId(), user.username(), role.name(), AuditAction.EXPORT, null, null, note, r.id()));
        }
        return new PublicationFile(
                format, content, approved.stream().map(Revision::id).toList());
    }

    private static byte[] write(
            Organisation department,
            int fiscalYear,
            @Nullable DepartmentTargets part,
            List<TargetTable> approved,
            PublicationFormat format) {
        PublicationHeader header = new PublicationHeader(department.code(), department.name(), fiscalYear);
        return switch (format) {
            case DOCX -> PublicationDocument.docx(header, part, approved);
            case PDF -> PublicationDocument.pdf(header, part, approved);
        };
    }
}
