package cn.perftarget.workflow.overview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.perftarget.domain.office.lists.ListWorkbook;
import cn.perftarget.domain.table.MoneyCell;
import cn.perftarget.domain.table.TargetTable;
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

    @Test
    void theCountersEqualARecountAfterChangesThroughTheServiceAndBehindIt() {
        TestOrganisation org = newOrganisation();
        long a = create(org.drafter1, SeedContent.uniqueCode(SeedContent.clean()));
        long b = create(org.drafter1, SeedContent.uniqueCode(SeedContent.clean()));
        long c = create(org.drafter2, SeedContent.uniqueCode(SeedContent.clean()));
        int year = table(a).fiscalYear();
        BigDecimal amount = jdbc.queryForObject("select budget from target_table where id = ?", BigDecimal.class, a);
        assertThat(counters()).isEqualTo(recount());

        // through the service: the unit's list, then a table's 预算数 and 项目编码 changed by its drafter
        budget.save(
                org.fiscal,
                year,
                List.of(
                        new BudgetProject(code(a), "甲", org.unit1.code(), amount),
                        new BudgetProject(code(b), "乙", org.unit1.code(), amount.add(BigDecimal.ONE)),
                        new BudgetProject(org.department.code() + "NONE", "无表", org.unit2.code(), amount)));
        assertThat(counters()).isEqualTo(recount());
        Coverage coverage = overview.coverage(org.reviewer1, year);
        assertThat(coverage.projects()).isEqualTo(3);
        assertThat(coverage.withoutTableCount()).isEqualTo(1);
        assertThat(coverage.amountDiffersCount()).isEqualTo(1);
        assertThat(coverage.amountDiffers()).extracting(CoverageRow::tableId).containsExactly(b);
        assertThat(coverage.notInBudget()).extracting(CoverageRow::tableId).containsExactly(c);

        TargetTable content = table(b).content();
        MoneyCell more = MoneyCell.of(amount.add(BigDecimal.ONE));
        approvals.saveDraft(
                org.drafter1, b, content.withAmounts(more, more, MoneyCell.of(BigDecimal.ZERO)), table(b).version());
        assertThat(counters()).isEqualTo(recount());
        assertThat(overview.coverage(org.reviewer1, year).amountDiffersCount()).isZero();
        approvals.saveDraft(org.drafter2, c, SeedContent.uniqueCode(table(c).content()), table(c).version());
        assertThat(counters()).isEqualTo(recount());

        // behind the service: plain SQL, several rows a statement, the same code in another region, a blank code
        String codeA = code(a);
        String codeC = code(c);
        jdbc.update("""
                insert into budget_project (region_code, fiscal_year, project_code, project_name, unit_id, amount,
                                            imported_by)
                values ('ZZ', ?, ?, '别区', ?, 1, 'sql'), ('ZZ', ?, ?, '别区', ?, 2, 'sql'),
                       ('ZZ', ?, 'ZZONLY', '别区', ?, 3, 'sql')""", year, codeA, org.unit2.id(), year, codeC, org.unit2.id(), year, org.unit2.id());
        assertThat(counters()).isEqualTo(recount());
        jdbc.update(
                "update budget_project set amount = amount + 1 where fiscal_year = ? and unit_id in (?, ?)",
                year,
                org.unit1.id(),
                org.unit2.id());
        assertThat(counters()).isEqualTo(recount());
        jdbc.update("update target_table set budget = null where id in (?, ?)", a, c);
        jdbc.update("update target_table set project_code = '' where id = ?", b);
        assertThat(counters()).isEqualTo(recount());
        jdbc.update(
                "update target_table set project_code = ?, unit_id = ? where id = ?", "B" + codeA, org.unit2.id(), b);
        assertThat(counters()).isEqualTo(recount());
        // several tables' codes changed in one statement, and back
        jdbc.update("update target_table set project_code = 'S' || project_code where id in (?, ?, ?)", a, b, c);
        assertThat(counters()).isEqualTo(recount());
        jdbc.update("update target_table set project_code = substr(project_code, 2) where id in (?, ?, ?)", a, b, c);
        assertThat(counters()).isEqualTo(recount());
        jdbc.update(
                "update budget_project set unit_id = ?, project_code = ? where region_code = 'ZZ' and project_code = ?",
                org.unit1.id(),
                "MOVED" + codeC,
                codeC);
        jdbc.update("update target_table set fiscal_year = fiscal_year + 1 where id = ?", c);
        assertThat(counters()).isEqualTo(recount());
        List<Long> blank = jdbc.queryForList("""
                insert into target_table (unit_id, fiscal_year, project_code, project_name, budget, status, content)
                values (?, ?, '', '无编码', 5, 'DRAFTING', '{}'::jsonb), (?, ?, '', '无编码', 6, 'DRAFTING', '{}'::jsonb)
                returning id""", Long.class, org.unit1.id(), year, org.unit1.id(), year);
        assertThat(counters()).isEqualTo(recount());
        assertThat(overview.coverage(org.reviewer1, year).notInBudget())
                .extracting(CoverageRow::tableId)
                .containsAll(blank);
        jdbc.update("delete from target_table where project_code = '' and unit_id = ?", org.unit1.id());
        jdbc.update("delete from budget_project where fiscal_year = ? and unit_id = ?", year, org.unit1.id());
        assertThat(counters()).isEqualTo(recount());
        // the service's replacement of the unit's list after all that
        budget.save(org.fiscal, year, List.of(new BudgetProject(codeA, "甲", org.unit1.code(), amount)));
        assertThat(counters()).isEqualTo(recount());
        Coverage end = overview.coverage(org.reviewer1, year);
        assertThat(end.projects()).isEqualTo(recountInScope(org, year));
    }

    @Test
    void aLongListShowsItsFirstLinesInOrderAndCountsThemAll() {
        TestOrganisation org = newOrganisation();
        long a = create(org.drafter2, SeedContent.uniqueCode(SeedContent.clean()));
        int year = table(a).fiscalYear();
        int total = Coverage.MAX_ROWS + 100;
        // projects without a table in both units (unit 2's codes sort first within it, unit 1 comes first)
        jdbc.update(
                """
                insert into budget_project (region_code, fiscal_year, project_code, project_name, unit_id, amount,
                                            imported_by)
                select ?, ?, ? || lpad(g::text, 4, '0'), '长清单', case when g % 3 = 0 then ? else ? end, 1, 'sql'
                  from generate_series(1, ?) g""",
                org.department.regionCode(), year, org.department.code() + "L", org.unit1.id(), org.unit2.id(), total);
        Coverage coverage = overview.coverage(org.reviewer1, year);
        assertThat(coverage.withoutTableCount()).isEqualTo(total);
        assertThat(coverage.projects()).isEqualTo(total);
        List<String> expected = jdbc.queryForList("""
                select b.project_code from budget_project b join organisation u on u.id = b.unit_id
                 where b.fiscal_year = ? and u.parent_id = ?
                   and not exists (select 1 from target_table t
                                    where t.fiscal_year = b.fiscal_year and t.project_code = b.project_code)
                 order by u.code, b.project_code limit ?""", String.class, year, org.department.id(), Coverage.MAX_ROWS);
        assertThat(coverage.withoutTable()).extracting(CoverageRow::projectCode).containsExactlyElementsOf(expected);
        // unit 2's table is outside the budget now that the budget lists unit 2
        assertThat(coverage.notInBudget()).extracting(CoverageRow::tableId).containsExactly(a);
        assertThat(counters()).isEqualTo(recount());
    }

    /** The counters of every year and unit with something to count. */
    private List<String> counters() {
        return jdbc.queryForList("""
                select fiscal_year || '/' || unit_id || ': ' || projects || ' ' || without_table || ' '
                       || amount_differs || ' ' || not_in_budget
                  from coverage_count
                 where projects <> 0 or without_table <> 0 or amount_differs <> 0 or not_in_budget <> 0
                 order by fiscal_year, unit_id""", String.class);
    }

    /** The same, counted independently from the budget's list and the tables (V18's anti-joins). */
    private List<String> recount() {
        return jdbc.queryForList("""
                select fiscal_year || '/' || unit_id || ': ' || sum(p) || ' ' || sum(w) || ' ' || sum(d) || ' '
                       || sum(n)
                  from (select b.fiscal_year, b.unit_id, 1 as p,
                               case when not exists (select 1 from target_table t
                                                      where t.fiscal_year = b.fiscal_year
                                                        and t.project_code = b.project_code) then 1 else 0 end as w,
                               0 as d, 0 as n
                          from budget_project b
                        union all
                        select t.fiscal_year, t.unit_id, 0, 0, 1, 0
                          from budget_project b join target_table t
                            on t.fiscal_year = b.fiscal_year and t.project_code = b.project_code
                         where t.budget is distinct from b.amount
                        union all
                        select t.fiscal_year, t.unit_id, 0, 0, 0, 1
                          from target_table t
                         where not exists (select 1 from budget_project b
                                            where b.fiscal_year = t.fiscal_year and b.project_code = t.project_code)
                       ) x
                 group by fiscal_year, unit_id
                having sum(p) <> 0 or sum(w) <> 0 or sum(d) <> 0 or sum(n) <> 0
                 order by fiscal_year, unit_id""", String.class);
    }

    private long recountInScope(TestOrganisation org, int year) {
        Long n = jdbc.queryForObject(
                "select count(*) from budget_project b join organisation u on u.id = b.unit_id"
                        + " where b.fiscal_year = ? and u.parent_id = ?",
                Long.class,
                year,
                org.department.id());
        return n == null ? 0 : n;
    }

    private String code(long id) {
        return table(id).content().projectCode();
    }

    private static String plain(BigDecimal amount) {
        return amount.toPlainString();
    }
}
