package cn.perftarget.workflow.overview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.perftarget.domain.office.lists.ListWorkbook;
import cn.perftarget.workflow.WorkflowTestSupport;
import cn.perftarget.workflow.admin.ImportPreview;
import cn.perftarget.workflow.admin.ImportRow;
import cn.perftarget.workflow.error.InvalidInputException;
import cn.perftarget.workflow.support.SeedContent;
import cn.perftarget.workflow.support.TestOrganisation;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** 绩效目标全覆盖: the budget's project list imported (preview, problems per row) and compared with the tables. */
class CoverageTest extends WorkflowTestSupport {

    @Autowired
    private BudgetProjects budget;

    @Autowired
    private OverviewService overview;

    @Test
    void projectsWithoutTableDifferingAmountsAndTablesOutsideTheBudget() {
        TestOrganisation org = newOrganisation();
        long covered = create(org.drafter1, SeedContent.clean());
        long differs = create(org.drafter1, SeedContent.clean());
        long outside = create(org.drafter1, SeedContent.clean());
        long otherUnit = create(org.drafter2, SeedContent.clean()); // unit 2 has no budget list: not compared
        int year = table(covered).fiscalYear();
        BigDecimal amount =
                jdbc.queryForObject("select budget from target_table where id = ?", BigDecimal.class, covered);
        String missing = org.department.code() + "MISSING";
        // the 一体化 project library's shape: a title row (columns in another order) and the unit with its name
        byte[] sheet = ListWorkbook.xlsx(
                "项目库",
                List.of("序号", "单位", "项目名称", "项目编码", "项目金额"),
                List.of(
                        List.of("1", org.unit1.code() + " " + org.unit1.name(), "覆盖", code(covered), plain(amount)),
                        List.of("2", org.unit1.code(), "金额不同", code(differs), plain(amount.add(BigDecimal.TEN))),
                        List.of("3", org.unit1.code(), "没有表", missing, "8"),
                        List.of("4", "999999", "外单位", "X1", "1"),
                        List.of("5", org.unit1.code(), "重复", missing, "abc")));

        ImportPreview preview = budget.preview(org.fiscal, year, "项目库.xlsx", sheet);
        assertThat(preview.rows()).hasSize(5);
        assertThat(preview.rows().stream().filter(ImportRow::ok).map(ImportRow::row))
                .containsExactly(2, 3, 4);
        assertThat(preview.rows().get(3).problems()).hasSize(1);
        assertThat(preview.rows().get(4).problems()).hasSize(2); // a code twice, an amount that is no number
        assertThatThrownBy(() -> budget.importProjects(org.fiscal, year, "项目库.xlsx", sheet, false))
                .isInstanceOf(InvalidInputException.class);
        assertThat(budget.importProjects(org.fiscal, year, "项目库.xlsx", sheet, true))
                .isEqualTo(3);

        Coverage coverage = overview.coverage(org.reviewer1, year);
        assertThat(coverage.projects()).isEqualTo(3);
        assertThat(coverage.withoutTable()).extracting(CoverageRow::projectCode).containsExactly(missing);
        assertThat(coverage.withoutTableCount()).isEqualTo(1);
        assertThat(coverage.amountDiffers()).extracting(CoverageRow::tableId).containsExactly(differs);
        assertThat(coverage.notInBudget()).extracting(CoverageRow::tableId).containsExactly(outside);
        assertThat(coverage.notInBudgetCount()).isEqualTo(1);
        assertThat(otherUnit).isPositive();

        // the API's list replaces the unit's list: now every table of unit 1 is in it, at its amount
        budget.save(
                org.fiscal,
                year,
                List.of(
                        new BudgetProject(code(covered), "覆盖", org.unit1.code(), amount),
                        new BudgetProject(code(differs), "金额", org.unit1.code(), amount),
                        new BudgetProject(code(outside), "外", org.unit1.code(), amount)));
        Coverage after = overview.coverage(org.reviewer1, year);
        assertThat(after.projects()).isEqualTo(3);
        assertThat(after.withoutTableCount()).isZero();
        assertThat(after.amountDiffersCount()).isZero();
        assertThat(after.notInBudgetCount()).isZero();
        // a wrong project through the API: nothing changes
        assertThatThrownBy(() ->
                        budget.save(org.fiscal, year, List.of(new BudgetProject("", "无编码", org.unit1.code(), amount))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("缺少项目编码");
        assertThat(overview.coverage(org.reviewer1, year).projects()).isEqualTo(3);
        // a department reviewer of another department sees nothing of it
        TestOrganisation other = newOrganisation();
        assertThat(overview.coverage(other.reviewer1, year).projects()).isZero();
    }

    private String code(long id) {
        return table(id).content().projectCode();
    }

    private static String plain(BigDecimal amount) {
        return amount.toPlainString();
    }
}
