package cn.perftarget.workflow.department;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.perftarget.bpmn.Grade;
import cn.perftarget.domain.audit.AuditAction;
import cn.perftarget.domain.audit.AuditEntry;
import cn.perftarget.domain.importer.ImportOptions;
import cn.perftarget.domain.importer.ImportedDocument;
import cn.perftarget.domain.importer.SeedDocuments;
import cn.perftarget.domain.office.OfficeImporter;
import cn.perftarget.domain.office.guard.OfficeLimits;
import cn.perftarget.domain.org.Organisation;
import cn.perftarget.domain.security.SecurityEventType;
import cn.perftarget.domain.security.SecurityLog;
import cn.perftarget.domain.security.SecurityLogEntry;
import cn.perftarget.domain.table.StoredTable;
import cn.perftarget.domain.table.TableStatus;
import cn.perftarget.domain.table.TargetTable;
import cn.perftarget.domain.user.AppUser;
import cn.perftarget.workflow.WorkflowTestSupport;
import cn.perftarget.workflow.error.NotAllowedException;
import cn.perftarget.workflow.error.NotFoundException;
import cn.perftarget.workflow.error.ValidationFailedException;
import cn.perftarget.workflow.history.AuditNote;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.BodyElementType;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Done when (issue 15): the department publication document for 442 / 2021, demo data approved through the service,
 * read back by the importer, yields exactly the approved revisions. The demo tables of 442 (seed 004, loaded as
 * 2020) are copied into 2021 by their units' drafters (复制为新年度) and go through the whole round — submitted,
 * passed by the department, graded 优 by the fiscal reviewer; those with ERROR findings cannot be submitted and stay
 * drafts; one clean table is left unapproved on purpose; one approved table is reopened and changed (调整中). The
 * document holds the department part first, then exactly the 批复 revisions, in order, cell for cell.
 */
class PublicationDocument442Test extends WorkflowTestSupport {

    private static final int YEAR = 2021;
    private static final Map<String, String> DRAFTERS =
            Map.of("442001", "bianzhi", "442003", "bianzhi2", "442004", "bianzhi3");

    @Autowired
    DepartmentTargetsService departments;

    @Autowired
    SecurityLog securityLog;

    @Test
    void thePublicationDocumentOf442For2021ReadsBackToExactlyTheApprovedRevisions() throws Exception {
        Organisation department = organisations.findByCode("442").orElseThrow();
        AppUser bumen = user("bumen");
        AppUser caizheng = user("caizheng");

        List<Long> approved = new ArrayList<>();
        List<Long> neverApproved = new ArrayList<>();
        Long leftUnapproved = null;
        for (StoredTable demo : tables.findByDepartment(department.savedId(), 2020)) {
            if (!auditLog.history(demo.id()).get(0).actor().equals("system")) {
                continue; // another test's table, not demo data
            }
            TargetTable t = demo.content();
            AppUser drafter = user(DRAFTERS.get(t.unitCode()));
            long id = tables.findByYearAndCode(YEAR, t.projectCode())
                    .map(StoredTable::id)
                    .orElseGet(() -> approvals
                            .create(drafter, t.withUnit(t.unitCode(), t.unitName(), YEAR))
                            .tableId());
            if (status(id) != TableStatus.DRAFTING) {
                continue;
            }
            if (leftUnapproved == null && !hasErrors(drafter, id)) {
                leftUnapproved = id; // the first clean one stays a draft
                neverApproved.add(id);
                continue;
            }
            try {
                approvals.submit(drafter, id);
            } catch (ValidationFailedException errors) {
                neverApproved.add(id);
                continue;
            }
            approvals.pass(bumen, taskId(id), null);
            approvals.grade(caizheng, taskId(id), Grade.EXCELLENT, null, null);
            assertThat(status(id)).isEqualTo(TableStatus.APPROVED);
            approved.add(id);
        }
        assertThat(approved).as("demo tables approved").hasSizeGreaterThanOrEqualTo(3);
        assertThat(leftUnapproved).isNotNull();

        // one approved table under adjustment, its working copy changed and submitted again
        long adjusted = approved.get(1);
        AppUser adjuster = user(DRAFTERS.get(table(adjusted).content().unitCode()));
        long inForce = table(adjusted).approvedRevisionId();
        approvals.reopen(adjuster, adjusted, "预算调减，目标相应调整");
        StoredTable reopened = table(adjusted);
        approvals.saveDraft(
                adjuster, adjusted, reopened.content().withGoals("1.调整后的目标：设备维修响应时间≤2小时"), reopened.version());
        approvals.submit(adjuster, adjusted);
        assertThat(table(adjusted).adjusting()).isTrue();
        assertThat(table(adjusted).status()).isEqualTo(TableStatus.DEPT_REVIEW);
        assertThat(table(adjusted).approvedRevisionId()).isEqualTo(inForce);

        // the department part, imported by the department reviewer from the published document
        DepartmentPart part =
                departments.importText(bumen, "442", YEAR, SeedDocuments.text(SeedDocuments.resource("004")), 0);

        PublicationFile docx = departments.publication(caizheng, "442", YEAR, PublicationFormat.DOCX);

        // what the document must hold: the 批复 revision of every table of 442's units in 2021 that was ever
        // approved (here: ours, and any another test approved), in the department's order
        List<StoredTable> ofYear = tables.findByDepartment(department.savedId(), YEAR);
        List<Long> expectedRevisions = ofYear.stream()
                .filter(t -> t.approvedRevisionId() != null)
                .map(StoredTable::approvedRevisionId)
                .toList();
        List<TargetTable> expected = expectedRevisions.stream()
                .map(r -> revisions.findById(r).orElseThrow().snapshot())
                .toList();
        assertThat(docx.revisionIds()).isEqualTo(expectedRevisions);

        ImportedDocument back =
                new OfficeImporter().read("442-2021.docx", docx.content(), ImportOptions.NONE, OfficeLimits.DEFAULTS);
        assertThat(back.problems()).isEmpty();
        assertThat(back.tables())
                .as("exactly the approved revisions, in order, cell for cell")
                .containsExactlyElementsOf(expected);
        assertThat(back.department()).as("the department part").isEqualTo(part.content());

        for (long id : approved) {
            TargetTable approvedRevision = revisions
                    .findById(table(id).approvedRevisionId())
                    .orElseThrow()
                    .snapshot();
            assertThat(back.tables()).contains(approvedRevision);
        }
        assertThat(back.tables())
                .as("the table under adjustment with its approved revision, not its changed working copy")
                .contains(revisions.findById(inForce).orElseThrow().snapshot())
                .doesNotContain(table(adjusted).content());
        List<String> codesBack =
                back.tables().stream().map(TargetTable::projectCode).toList();
        for (long id : neverApproved) {
            assertThat(codesBack)
                    .as("never approved")
                    .doesNotContain(table(id).content().projectCode());
        }
        assertThat(departmentPartFirst(docx.content())).isTrue();

        // each included table's audit: who exported which revision in which format; the security log: the export
        for (int i = 0; i < ofYear.size(); i++) {
            StoredTable t = ofYear.get(i);
            if (t.approvedRevisionId() == null) {
                assertThat(actions(t.id())).doesNotContain(AuditAction.EXPORT);
                continue;
            }
            AuditEntry last = lastAudit(t.id());
            assertThat(last.action()).isEqualTo(AuditAction.EXPORT);
            assertThat(last.actor()).isEqualTo("caizheng");
            assertThat(last.actorRole()).isEqualTo("FISCAL_REVIEWER");
            assertThat(last.revisionId()).isEqualTo(t.approvedRevisionId());
            assertThat(last.comment()).isEqualTo("已导出至部门预算绩效信息（442，2021年，docx）");
            assertThat(AuditNote.parse(AuditAction.EXPORT, last.comment()))
                    .isEqualTo(new AuditNote.PublicationExported("442", YEAR, "docx"));
        }
        SecurityLogEntry export =
                securityLog.latest(SecurityEventType.EXPORT, 1).get(0);
        assertThat(export.event().subject()).isEqualTo("caizheng");
        assertThat(export.event().object()).isEqualTo("publication department:442 year:2021");
        assertThat(export.event().details()).startsWith("format=docx revisions=" + expectedRevisions.get(0));

        PublicationFile pdf = departments.publication(user("shenji"), "442", YEAR, PublicationFormat.PDF);
        assertThat(new String(pdf.content(), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1))
                .isEqualTo("%PDF-");
        assertThat(pdf.revisionIds()).isEqualTo(expectedRevisions);
        AuditEntry pdfEntry = lastAudit(approved.get(0));
        assertThat(pdfEntry.actor()).isEqualTo("shenji");
        assertThat(pdfEntry.actorRole()).isEqualTo("AUDITOR");
        assertThat(pdfEntry.comment()).endsWith("pdf）");
    }

    @Test
    void thePublicationDocumentIsForTheDepartmentsReviewersItsFiscalReviewersAndTheRegionsAuditorsOnly() {
        assertThat(departments
                        .publication(user("bumen"), "442", 2019, PublicationFormat.DOCX)
                        .revisionIds())
                .isEmpty();
        assertThatThrownBy(() -> departments.publication(user("bianzhi"), "442", 2019, PublicationFormat.DOCX))
                .as("a drafter reads the part but does not export the document")
                .isInstanceOf(NotAllowedException.class);
        for (String outsider : List.of("bumen-ln", "caizheng-ln", "admin", "shenjiguan", "lunan")) {
            assertThatThrownBy(() -> departments.publication(user(outsider), "442", 2019, PublicationFormat.PDF))
                    .as(outsider)
                    .isInstanceOf(NotFoundException.class);
        }
    }

    private boolean hasErrors(AppUser drafter, long id) {
        return reader.findings(drafter, id, table(id).content()).stream()
                .anyMatch(f -> f.severity() == cn.perftarget.domain.rules.Severity.ERROR);
    }

    /** The department part's headings come before the document's first table. */
    private static boolean departmentPartFirst(byte[] docx) throws Exception {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            int overall = -1;
            int firstTable = -1;
            List<IBodyElement> body = doc.getBodyElements();
            for (int i = 0; i < body.size(); i++) {
                IBodyElement e = body.get(i);
                if (overall < 0 && e instanceof XWPFParagraph p && p.getText().equals("一、总体绩效目标")) {
                    overall = i;
                }
                if (firstTable < 0 && e.getElementType() == BodyElementType.TABLE) {
                    firstTable = i;
                }
            }
            return overall >= 0 && overall < firstTable;
        }
    }
}
