package cn.perftarget.workflow.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perftarget.bpmn.Grade;
import cn.perftarget.domain.security.SecurityEventType;
import cn.perftarget.domain.user.AppUser;
import cn.perftarget.domain.user.Role;
import cn.perftarget.workflow.WorkflowTestSupport;
import cn.perftarget.workflow.export.ExportedFile;
import cn.perftarget.workflow.export.ListExports;
import cn.perftarget.workflow.support.SeedContent;
import cn.perftarget.workflow.support.TestOrganisation;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The auditor's region list: by the last grade, by the rules with findings, and as Excel. */
class RegionListFiltersTest extends WorkflowTestSupport {

    @Autowired
    ListExports exports;

    @Test
    void theRegionListFiltersByGradeAndByTheRulesWithFindingsAndExportsWhatItShows() throws IOException {
        TestOrganisation org = newOrganisation();
        AppUser auditor = users.save(
                "audit2-" + org.region,
                "测试查阅",
                "{noop}unused",
                organisations.findById(org.department.parentId()).orElseThrow().id(),
                Set.of(Role.AUDITOR),
                false);
        long withErrors = create(org.drafter1, SeedContent.qhd(1));
        long approved = atFiscalReview(org.drafter2, org.reviewer1);
        approvals.grade(org.fiscal, taskId(approved), Grade.EXCELLENT, null, null);
        long rejected = atFiscalReview(org.drafter2, org.reviewer1);
        approvals.grade(org.fiscal, taskId(rejected), Grade.POOR, "不予安排", null);

        assertThat(ids(auditor, TableListFilter.NONE.withGrade(Grade.EXCELLENT)))
                .containsExactly(approved);
        assertThat(ids(auditor, TableListFilter.NONE.withGrade(Grade.POOR))).containsExactly(rejected);
        assertThat(row(auditor, approved).lastGrade()).isEqualTo(Grade.EXCELLENT);
        assertThat(row(auditor, withErrors).lastGrade()).isNull();

        // the rules of the table with errors, stored as it was created; one the clean tables do not have
        List<String> rules = stored(withErrors);
        List<String> cleanRules = stored(approved);
        String only =
                rules.stream().filter(r -> !cleanRules.contains(r)).findFirst().orElseThrow();
        assertThat(ids(auditor, TableListFilter.NONE.withRule(only))).containsExactly(withErrors);
        assertThat(ids(auditor, TableListFilter.NONE.withRule("R99"))).isEmpty();
        // an edit that removes the findings takes the table out of the filter
        approvals.saveDraft(
                org.drafter1, withErrors, SeedContent.qhd(3), table(withErrors).version());
        assertThat(ids(auditor, TableListFilter.NONE.withRule(only))).isEmpty();

        long before = exportsLogged(auditor);
        ExportedFile file = exports.regionTables(
                auditor, TableListFilter.NONE.withGrade(Grade.POOR), SortKey.RECEIVED, true, Locale.SIMPLIFIED_CHINESE);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(file.content()))) {
            Sheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(1);
            List<String> header = new ArrayList<>();
            sheet.getRow(0).forEach(c -> header.add(c.getStringCellValue()));
            assertThat(header).contains("审核等级", "项目编码", "状态");
            Row data = sheet.getRow(1);
            assertThat(data.getCell(header.indexOf("项目编码")).getStringCellValue())
                    .isEqualTo(table(rejected).content().projectCode());
            assertThat(data.getCell(header.indexOf("审核等级")).getStringCellValue())
                    .isEqualTo("差");
        }
        assertThat(exportsLogged(auditor)).isEqualTo(before + 1);
    }

    private List<String> stored(long tableId) {
        String[] rules = jdbc.queryForObject(
                "select finding_rules from target_table where id = ?",
                (rs, i) -> (String[]) rs.getArray(1).getArray(),
                tableId);
        return List.of(rules);
    }

    private long exportsLogged(AppUser user) {
        Long n = jdbc.queryForObject(
                "select count(*) from security_event where type = ? and subject = ? and object = 'list:regionTables'",
                Long.class,
                SecurityEventType.EXPORT.name(),
                user.username());
        return n == null ? 0 : n;
    }

    private List<Long> ids(AppUser auditor, TableListFilter filter) {
        return reader.list(auditor, filter, PageRequest.first(50, SortKey.RECEIVED, true)).rows().stream()
                .map(TableListRow::tableId)
                .toList();
    }

    private TableListRow row(AppUser auditor, long id) {
        return reader.list(auditor, TableListFilter.NONE, PageRequest.first(50, SortKey.RECEIVED, true)).rows().stream()
                .filter(r -> r.tableId() == id)
                .findFirst()
                .orElseThrow();
    }
}
