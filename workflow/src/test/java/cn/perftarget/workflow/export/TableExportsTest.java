package cn.perftarget.workflow.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.perftarget.domain.audit.AuditAction;
import cn.perftarget.domain.audit.AuditEntry;
import cn.perftarget.domain.importer.ImportOptions;
import cn.perftarget.domain.importer.ImportedDocument;
import cn.perftarget.domain.office.OfficeImporter;
import cn.perftarget.domain.office.guard.OfficeLimits;
import cn.perftarget.domain.revision.Revision;
import cn.perftarget.domain.table.TargetTable;
import cn.perftarget.domain.user.AppUser;
import cn.perftarget.workflow.WorkflowTestSupport;
import cn.perftarget.workflow.error.NotFoundException;
import cn.perftarget.workflow.history.AuditNote;
import cn.perftarget.workflow.support.SeedContent;
import cn.perftarget.workflow.support.TestOrganisation;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 导出 of one table: the file in the published layout, named after the project; each export writes exactly one audit
 * entry on the table's chain (who, role, which revision, which format) and one EXPORT entry in the security log; a
 * table outside the user's scope is refused like a missing one, logged, and nothing is written to its audit.
 */
class TableExportsTest extends WorkflowTestSupport {

    @Autowired
    TableExports exports;

    @Test
    void anExportOfTheCurrentContentWritesOneAuditEntryAndOneSecurityLogEntry() {
        TestOrganisation org = newOrganisation();
        TargetTable content = SeedContent.qhd(0);
        long id = create(org.drafter1, content);
        int audits = auditLog.history(id).size();
        long logged = exportsLogged(org.drafter1);

        ExportedFile file = exports.current(org.drafter1, id, ExportFormat.DOCX);

        assertThat(file.fileName()).isEqualTo(content.projectName().strip() + "绩效目标表.docx");
        assertThat(file.contentType()).isEqualTo(ExportFormat.DOCX.contentType());
        ImportedDocument back = new OfficeImporter()
                .read(file.fileName(), file.content(), new ImportOptions(null, null, 2020), OfficeLimits.DEFAULTS);
        assertThat(back.tables()).singleElement().satisfies(t -> {
            assertThat(t.projectCode()).isEqualTo(content.projectCode());
            assertThat(t.indicators()).isEqualTo(content.indicators());
        });
        List<AuditEntry> history = auditLog.history(id);
        assertThat(history).hasSize(audits + 1);
        AuditEntry entry = history.get(history.size() - 1);
        assertThat(entry.action()).isEqualTo(AuditAction.EXPORT);
        assertThat(entry.actor()).isEqualTo(org.drafter1.username());
        assertThat(entry.actorRole()).isEqualTo("DRAFTER");
        assertThat(entry.revisionId()).isNull();
        assertThat(entry.fromState()).isNull();
        assertThat(AuditNote.parse(entry.action(), entry.comment())).isEqualTo(new AuditNote.Exported("docx", true));
        assertThat(auditLog.verify(id).intact()).isTrue();
        assertThat(exportsLogged(org.drafter1)).isEqualTo(logged + 1);
        assertThat(jdbc.queryForObject(
                        "select object from security_event where type = 'EXPORT' and subject = ? order by seq desc"
                                + " limit 1",
                        String.class,
                        org.drafter1.username()))
                .isEqualTo("table:" + id);
    }

    @Test
    void aReviewerExportsAFrozenRevisionAsPdfAndTheAuditNamesThatRevision() {
        TestOrganisation org = newOrganisation();
        long id = submitted(org.drafter1);
        Revision submittedRevision = revisions.listByTable(id).get(0);
        int audits = auditLog.history(id).size();

        ExportedFile pdf = exports.revision(org.reviewer1, id, submittedRevision.id(), ExportFormat.PDF);
        ExportedFile xlsx = exports.revision(org.reviewer1, id, submittedRevision.id(), ExportFormat.XLSX);

        assertThat(new String(pdf.content(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(pdf.fileName()).endsWith("绩效目标表（第1版）.pdf");
        assertThat(xlsx.fileName()).endsWith(".xlsx");
        List<AuditEntry> history = auditLog.history(id);
        assertThat(history).hasSize(audits + 2);
        assertThat(history.subList(audits, audits + 2)).allSatisfy(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.EXPORT);
            assertThat(e.actor()).isEqualTo(org.reviewer1.username());
            assertThat(e.actorRole()).isEqualTo("DEPT_REVIEWER");
            assertThat(e.revisionId()).isEqualTo(submittedRevision.id());
        });
        assertThat(history.get(audits).comment()).isEqualTo("导出格式：pdf");
        assertThat(history.get(audits + 1).comment()).isEqualTo("导出格式：xlsx");
    }

    @Test
    void aTableOutsideTheScopeIsRefusedAndLoggedAndItsAuditStaysAsItWas() {
        TestOrganisation org = newOrganisation();
        TestOrganisation elsewhere = newOrganisation();
        long id = create(org.drafter1, SeedContent.qhd(3));
        long other = create(org.drafter1, SeedContent.qhd(4));
        int audits = auditLog.history(id).size();
        long exported = exportsLogged(elsewhere.drafter1);

        assertThatThrownBy(() -> exports.current(elsewhere.drafter1, id, ExportFormat.XLSX))
                .isInstanceOf(NotFoundException.class)
                .hasMessage("绩效目标表不存在或无权访问");
        assertThatThrownBy(() -> exports.current(elsewhere.reviewer1, id, ExportFormat.PDF))
                .isInstanceOf(NotFoundException.class);

        assertThat(auditLog.history(id)).hasSize(audits);
        assertThat(exportsLogged(elsewhere.drafter1)).isEqualTo(exported);
        assertThat(jdbc.queryForObject(
                        "select object from security_event where type = 'ACCESS_REFUSED' and subject = ?"
                                + " order by seq desc limit 1",
                        String.class,
                        elsewhere.drafter1.username()))
                .isEqualTo("EXPORT_TABLE table:" + id);

        long revisionOfAnother = revisions.listByTable(submittedId(org)).get(0).id();
        assertThatThrownBy(() -> exports.revision(org.drafter1, other, revisionOfAnother, ExportFormat.DOCX))
                .as("a revision of another table")
                .isInstanceOf(NotFoundException.class);
        assertThat(auditLog.history(other)).extracting(AuditEntry::action).containsExactly(AuditAction.CREATE);
    }

    private long submittedId(TestOrganisation org) {
        return submitted(org.drafter1);
    }

    private long exportsLogged(AppUser user) {
        Long n = jdbc.queryForObject(
                "select count(*) from security_event where type = 'EXPORT' and subject = ?",
                Long.class,
                user.username());
        return n == null ? 0 : n;
    }
}
