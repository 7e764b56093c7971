package cn.perftarget.ui.export;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.perftarget.bpmn.Grade;
import cn.perftarget.domain.audit.AuditAction;
import cn.perftarget.domain.audit.AuditEntry;
import cn.perftarget.domain.audit.AuditLog;
import cn.perftarget.domain.importer.ImportOptions;
import cn.perftarget.domain.importer.ImportedDocument;
import cn.perftarget.domain.office.OfficeImporter;
import cn.perftarget.domain.office.guard.OfficeLimits;
import cn.perftarget.domain.table.TargetTableRepository;
import cn.perftarget.ui.KaribuTest;
import cn.perftarget.ui.history.HistoryView;
import cn.perftarget.ui.inbox.InboxView;
import cn.perftarget.ui.review.ReviewView;
import cn.perftarget.ui.review.Tables;
import cn.perftarget.ui.tables.MyTablesView;
import cn.perftarget.workflow.approval.ApprovalService;
import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 下载: the review and history screens offer the table as Word, PDF and Excel (and its 批复 version once approved);
 * the lists offer themselves as Excel. A download is made and audited on the server when it is clicked: the file is
 * the table, and the history then shows who exported what.
 */
class DownloadsKaribuTest extends KaribuTest {

    @Autowired
    ApprovalService approvals;

    @Autowired
    AuditLog audit;

    @Autowired
    TargetTableRepository tableRepository;

    Tables tables;

    @BeforeEach
    void fixtures() {
        tables = create(Tables.class);
    }

    @Test
    void theReviewerDownloadsTheTableAsWordAndTheHistoryShowsTheExport() {
        var content = Tables.clean();
        long id = tables.atDepartmentReview(content);
        int before = audit.history(id).size();
        login("bumen");
        navigate("review/" + id, ReviewView.class);

        assertThat(_find(Anchor.class, s -> s.withClasses("download-link")))
                .extracting(a -> a.getId().orElseThrow())
                .contains("download-docx", "download-pdf", "download-xlsx", "review-findings-download")
                .doesNotContain("download-approved-docx");
        byte[] docx = DownloadKt._download(_get(Anchor.class, s -> s.withId("download-docx")));

        ImportedDocument back =
                new OfficeImporter().read("t.docx", docx, new ImportOptions(null, null, 2020), OfficeLimits.DEFAULTS);
        assertThat(back.tables())
                .singleElement()
                .satisfies(t -> assertThat(t.projectCode()).isEqualTo(content.projectCode()));
        List<AuditEntry> history = audit.history(id);
        assertThat(history).hasSize(before + 1);
        assertThat(history.get(before).action()).isEqualTo(AuditAction.EXPORT);
        assertThat(history.get(before).actor()).isEqualTo("bumen");

        navigate("history/" + id, HistoryView.class);
        ListItem newest = _get(
                ListItem.class,
                s -> s.withId("timeline-entry-" + history.get(before).seq()));
        assertThat(text(newest)).contains("导出", "李审核（主管部门审核人）", "导出当前内容为Word（.docx）");
    }

    @Test
    void anApprovedTablesHistoryOffersItsApprovedVersion() {
        long id = tables.atFiscalReview(Tables.clean());
        approvals.grade(tables.user("caizheng"), tables.taskId(id), Grade.EXCELLENT, null, null);
        long approvedRevision = tableRepository.get(id).approvedRevisionId();
        login("bianzhi");
        navigate("history/" + id, HistoryView.class);

        byte[] pdf = DownloadKt._download(_get(Anchor.class, s -> s.withId("download-approved-pdf")));

        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        List<AuditEntry> history = audit.history(id);
        AuditEntry last = history.get(history.size() - 1);
        assertThat(last.action()).isEqualTo(AuditAction.EXPORT);
        assertThat(last.revisionId()).isEqualTo(approvedRevision);
        navigate("history/" + id, HistoryView.class);
        assertThat(text(_get(ListItem.class, s -> s.withId("timeline-entry-" + last.seq()))))
                .contains("导出为PDF（.pdf）", "（批复）");
    }

    @Test
    void myTablesAndTheInboxDownloadThemselvesAsExcel() throws IOException {
        var content = Tables.clean();
        tables.atDepartmentReview(content);
        login("bianzhi");
        navigate("tables", MyTablesView.class);
        List<List<String>> mine = rows(DownloadKt._download(_get(Anchor.class, s -> s.withId("tables-download"))));
        assertThat(mine.get(0)).startsWith("年度", "项目编码", "项目名称");
        assertThat(mine.stream().map(r -> r.get(1))).contains(content.projectCode());

        login("bumen");
        navigate("inbox", InboxView.class);
        List<List<String>> inbox = rows(DownloadKt._download(_get(Anchor.class, s -> s.withId("inbox-download"))));
        assertThat(inbox.stream().map(r -> r.get(1))).contains(content.projectCode());
    }

    static List<List<String>> rows(byte[] xlsx) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            DataFormatter f = new DataFormatter();
            List<List<String>> rows = new java.util.ArrayList<>();
            for (Row row : wb.getSheetAt(0)) {
                List<String> cells = new java.util.ArrayList<>();
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    cells.add(row.getCell(c) == null ? "" : f.formatCellValue(row.getCell(c)));
                }
                rows.add(cells);
            }
            return rows;
        }
    }

    private static String text(ListItem item) {
        return item.getElement().getTextRecursively();
    }
}
