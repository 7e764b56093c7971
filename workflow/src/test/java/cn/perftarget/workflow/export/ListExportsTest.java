package cn.perftarget.workflow.export;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perftarget.domain.i18n.MessageBundles;
import cn.perftarget.domain.importer.ImportOptions;
import cn.perftarget.domain.importer.ImportedDocument;
import cn.perftarget.domain.importer.PasteImporter;
import cn.perftarget.domain.importer.SeedDocuments;
import cn.perftarget.workflow.WorkflowTestSupport;
import cn.perftarget.workflow.inbox.InboxFilter;
import cn.perftarget.workflow.inbox.InboxTab;
import cn.perftarget.workflow.support.SeedContent;
import cn.perftarget.workflow.support.TestOrganisation;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Lists and findings as .xlsx hold exactly what the screen lists for the user, titled in the reader's language. */
class ListExportsTest extends WorkflowTestSupport {

    @Autowired
    ListExports lists;

    @Autowired
    FindingsExports findings;

    @Test
    void myTablesHoldTheUnitsTablesOnly() throws IOException {
        TestOrganisation org = newOrganisation();
        long mine = create(org.drafter1, SeedContent.qhd(0));
        long theirs = create(org.drafter2, SeedContent.qhd(3));

        ExportedFile file = lists.myTables(org.drafter1, null, MessageBundles.CHINESE);

        assertThat(file.fileName()).isEqualTo("我的绩效目标表.xlsx");
        List<List<String>> rows = rows(file);
        assertThat(rows.get(0)).startsWith("年度", "项目编码", "项目名称");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1).get(1)).isEqualTo(table(mine).content().projectCode());
        assertThat(rows.get(1).get(5)).isEqualTo("编制中");
        assertThat(rows.stream().map(r -> r.get(1)))
                .doesNotContain(table(theirs).content().projectCode());

        ExportedFile english = lists.myTables(org.drafter1, null, MessageBundles.ENGLISH);
        assertThat(english.fileName()).isEqualTo("My target tables.xlsx");
        assertThat(rows(english).get(0)).startsWith("Year", "Project code", "Project name");
    }

    @Test
    void anInboxTabHoldsTheTabsTasksUnderTheFilter() throws IOException {
        TestOrganisation org = newOrganisation();
        long first = submitted(org.drafter1);
        long second = submitted(org.drafter2);
        approvals.claim(org.reviewer1, taskId(first));

        List<List<String>> mine =
                rows(lists.inbox(org.reviewer1, InboxTab.MINE, InboxFilter.NONE, MessageBundles.CHINESE));
        List<List<String>> claimable =
                rows(lists.inbox(org.reviewer1, InboxTab.CLAIMABLE, InboxFilter.NONE, MessageBundles.CHINESE));
        List<List<String>> filtered = rows(lists.inbox(
                org.reviewer1, InboxTab.OPEN, InboxFilter.NONE.withUnit(org.unit2.code()), MessageBundles.CHINESE));

        assertThat(mine).hasSize(2);
        assertThat(mine.get(1).get(1)).isEqualTo(table(first).content().projectCode());
        assertThat(mine.get(1).get(6)).isEqualTo("主管部门审核");
        assertThat(claimable.stream().map(r -> r.get(1)))
                .contains(table(second).content().projectCode());
        assertThat(claimable.stream().map(r -> r.get(1)))
                .doesNotContain(table(first).content().projectCode());
        assertThat(filtered).hasSize(2);
        assertThat(filtered.get(1).get(1)).isEqualTo(table(second).content().projectCode());
    }

    @Test
    void theFindingsOfATableAndOfACheckedDocument() throws IOException {
        TestOrganisation org = newOrganisation();
        long id = create(org.drafter1, SeedContent.qhd(1));

        List<List<String>> ofTable = rows(findings.table(org.drafter1, id, MessageBundles.CHINESE));
        assertThat(ofTable.get(0)).containsExactly("序号", "规则", "规则名称", "严重程度", "位置", "问题", "建议修改");
        assertThat(ofTable.size()).isGreaterThan(1);

        ImportedDocument doc = new PasteImporter()
                .read(SeedDocuments.text("/seeds/" + SeedContent.CHENGDE), new ImportOptions(null, null, 2023));
        ExportedFile checked = findings.documents(org.drafter1, List.of(doc), MessageBundles.CHINESE);
        List<List<String>> rows = rows(checked);
        assertThat(rows.get(0)).startsWith("表格", "项目编码", "项目名称", "规则");
        assertThat(rows.stream().skip(1).map(r -> r.get(3))).contains("R01");
    }

    private static List<List<String>> rows(ExportedFile file) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(file.content()))) {
            Sheet sheet = wb.getSheetAt(0);
            DataFormatter format = new DataFormatter();
            List<List<String>> rows = new ArrayList<>();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    cells.add(row.getCell(c) == null ? "" : format.formatCellValue(row.getCell(c)));
                }
                rows.add(cells);
            }
            return rows;
        }
    }
}
