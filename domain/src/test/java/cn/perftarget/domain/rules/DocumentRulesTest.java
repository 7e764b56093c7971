package cn.perftarget.domain.rules;

import static cn.perftarget.domain.rules.Seeds.assertFinding;
import static cn.perftarget.domain.rules.Seeds.assertNone;
import static cn.perftarget.domain.rules.Seeds.findings;
import static cn.perftarget.domain.rules.Seeds.of;
import static cn.perftarget.domain.rules.Seeds.table;
import static cn.perftarget.domain.rules.Seeds.zh;
import static org.assertj.core.api.Assertions.assertThat;

import cn.perftarget.domain.importer.DepartmentTargets;
import cn.perftarget.domain.importer.SubTarget;
import cn.perftarget.domain.rules.validation.Validator;
import cn.perftarget.domain.table.IndicatorColumn;
import cn.perftarget.domain.table.TableField;
import cn.perftarget.domain.table.TargetTable;
import java.util.List;
import org.junit.jupiter.api.Test;

/** R31, R32 on the seed documents. */
class DocumentRulesTest {

    @Test
    void r31DepartmentSubTargetsWithoutProject() {
        // 001: six 分项目标, eight tables, three in common: reported once, with the first table
        List<Finding> fs = findings("001", "电梯维保费");
        assertThat(of(fs, "R31")).hasSize(3);
        assertThat(zh(assertFinding(fs, "R31", Severity.WARNING, Location.departmentItem(1))
                        .message()))
                .contains("工程建设项目");
        assertFinding(fs, "R31", Severity.WARNING, Location.departmentItem(2));
        assertFinding(fs, "R31", Severity.WARNING, Location.departmentItem(4));
        assertNone(findings("001", "系统维护费"), "R31");
        // without the department part there is nothing to check
        assertNone(
                Validator.defaults()
                        .validate(
                                table("001", "电梯维保费"),
                                ValidationContext.of(Seeds.doc("001").tables())),
                "R31");
    }

    @Test
    void r31MatchingProjectsAreNotReported() {
        DepartmentTargets dept = new DepartmentTargets(
                "", "", List.of(new SubTarget("1.系统维护费", "", ""), new SubTarget("2.政府投资项目评审", "", "")), "");
        ValidationContext ctx = ValidationContext.of(Seeds.doc("001").tables(), dept);
        assertNone(Validator.defaults().validate(table("001", "电梯维保费"), ctx), "R31");
    }

    @Test
    void r31WithTheDepartmentsStoredPartTheDepartmentsFirstTableCarriesTheFindings() {
        // 001's part stored for the department, its eight tables the department's tables of the year, one unit's
        // tables the siblings: the same three items are unmatched, reported on the department's first table only
        List<TargetTable> tables = Seeds.doc("001").tables();
        DepartmentTargets part = Seeds.doc("001").department();
        ValidationContext ctx = ValidationContext.of(tables.subList(0, 2)).withDepartment(part, tables);

        List<Finding> first = of(Validator.defaults().validate(tables.get(0), ctx), "R31");
        assertThat(first)
                .extracting(Finding::location)
                .containsExactly(Location.departmentItem(1), Location.departmentItem(2), Location.departmentItem(4));
        for (TargetTable other : tables.subList(1, tables.size())) {
            assertNone(Validator.defaults().validate(other, ctx), "R31");
        }
        // the table as edited counts: the first table renamed to an item's title matches that item
        TargetTable renamed = new TargetTable(
                tables.get(0).projectCode(),
                "工程建设项目",
                tables.get(0).unitCode(),
                tables.get(0).unitName(),
                tables.get(0).fiscalYear(),
                tables.get(0).budget(),
                tables.get(0).fiscalFunds(),
                tables.get(0).otherFunds(),
                tables.get(0).fundPurpose(),
                tables.get(0).plan(),
                tables.get(0).goals(),
                tables.get(0).indicators());
        assertThat(of(Validator.defaults().validate(renamed, ctx), "R31"))
                .extracting(Finding::location)
                .doesNotContain(Location.departmentItem(1));
    }

    @Test
    void r32QuotesWrittenBackwards() {
        List<Finding> fs = findings("001", "优化营商环境项目经费");
        Finding f = assertFinding(fs, "R32", Severity.INFO, Location.field(TableField.FUND_PURPOSE));
        TargetTable fixed = f.fix().applyTo(table("001", "优化营商环境项目经费"));
        assertThat(fixed.fundPurpose()).contains("容“e”查");
        assertFinding(fs, "R32", Severity.INFO, Location.row(1, IndicatorColumn.DESCRIPTION));
        assertThat(of(findings("001", fixed), "R32"))
                .noneMatch(x -> x.location().equals(Location.field(TableField.FUND_PURPOSE)));
        assertNone(findings("001", "电梯维保费"), "R32");
    }

    @Test
    void r32TrailingSpacesAndSplitCodes() {
        Finding f = assertFinding(
                findings("004", "社会组织登记专项公告费"), "R32", Severity.INFO, Location.field(TableField.FUND_PURPOSE));
        assertThat(f.fix().applyTo(table("004", "社会组织登记专项公告费")).fundPurpose()).endsWith("公示工作");
        TargetTable t = table("001", "电梯维保费");
        TargetTable split = new TargetTable(
                "13020225P0000\n39100011",
                t.projectName(),
                t.unitCode(),
                t.unitName(),
                t.fiscalYear(),
                t.budget(),
                t.fiscalFunds(),
                t.otherFunds(),
                t.fundPurpose(),
                t.plan(),
                t.goals(),
                t.indicators());
        Finding code =
                assertFinding(findings("001", split), "R32", Severity.INFO, Location.field(TableField.PROJECT_CODE));
        assertThat(code.fix().applyTo(split).projectCode()).isEqualTo("13020225P000039100011");
    }
}
