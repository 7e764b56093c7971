package cn.perftarget.domain.table;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * 项目支出绩效目标表: the performance target table of one project of one unit for one fiscal year.
 * Every cell is kept as written (defects included); validation reports the defects.
 *
 * @param projectCode 项目编码
 * @param projectName 项目名称
 * @param unitCode    单位编码 (department code + 3 digits), blank when the source does not say
 * @param unitName    单位名称
 * @param fiscalYear  年度, null when the source does not say
 * @param budget      预算数 (万元)
 * @param fiscalFunds 其中：财政资金 (万元)
 * @param otherFunds  其他资金 (万元)
 * @param fundPurpose 资金用途
 * @param plan        资金支出计划（%）
 * @param goals       绩效目标, the whole cell (numbered items "1.…", "2.…")
 * @param indicators  the indicator rows in source order
 */
public record TargetTable(
        String projectCode,
        String projectName,
        String unitCode,
        String unitName,
        @Nullable Integer fiscalYear,
        MoneyCell budget,
        MoneyCell fiscalFunds,
        MoneyCell otherFunds,
        String fundPurpose,
        SpendingPlan plan,
        String goals,
        List<IndicatorRow> indicators) {

    public TargetTable {
        projectCode = projectCode == null ? "" : projectCode;
        projectName = projectName == null ? "" : projectName;
        unitCode = unitCode == null ? "" : unitCode;
        unitName = unitName == null ? "" : unitName;
        budget = budget == null ? MoneyCell.BLANK : budget;
        fiscalFunds = fiscalFunds == null ? MoneyCell.BLANK : fiscalFunds;
        otherFunds = otherFunds == null ? MoneyCell.BLANK : otherFunds;
        fundPurpose = fundPurpose == null ? "" : fundPurpose;
        plan = plan == null ? SpendingPlan.BLANK : plan;
        goals = goals == null ? "" : goals;
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
    }

    /** The department code: the first three digits of the unit code. */
    public String departmentCode() {
        return unitCode.length() >= 3 ? unitCode.substring(0, 3) : "";
    }

    public TargetTable withIndicators(List<IndicatorRow> rows) {
        return new TargetTable(
                projectCode,
                projectName,
                unitCode,
                unitName,
                fiscalYear,
                budget,
                fiscalFunds,
                otherFunds,
                fundPurpose,
                plan,
                goals,
                rows);
    }

    public TargetTable withGoals(String newGoals) {
        return new TargetTable(
                projectCode,
                projectName,
                unitCode,
                unitName,
                fiscalYear,
                budget,
                fiscalFunds,
                otherFunds,
                fundPurpose,
                plan,
                newGoals,
                indicators);
    }

    public TargetTable withPlan(SpendingPlan newPlan) {
        return new TargetTable(
                projectCode,
                projectName,
                unitCode,
                unitName,
                fiscalYear,
                budget,
                fiscalFunds,
                otherFunds,
                fundPurpose,
                newPlan,
                goals,
                indicators);
    }

    public TargetTable withAmounts(MoneyCell newBudget, MoneyCell newFiscal, MoneyCell newOther) {
        return new TargetTable(
                projectCode,
                projectName,
                unitCode,
                unitName,
                fiscalYear,
                newBudget,
                newFiscal,
                newOther,
                fundPurpose,
                plan,
                goals,
                indicators);
    }

    /** The same table under another 项目编码 and 项目名称. */
    public TargetTable withProject(String code, String name) {
        return new TargetTable(
                code,
                name,
                unitCode,
                unitName,
                fiscalYear,
                budget,
                fiscalFunds,
                otherFunds,
                fundPurpose,
                plan,
                goals,
                indicators);
    }

    public TargetTable withFundPurpose(String purpose) {
        return new TargetTable(
                projectCode,
                projectName,
                unitCode,
                unitName,
                fiscalYear,
                budget,
                fiscalFunds,
                otherFunds,
                purpose,
                plan,
                goals,
                indicators);
    }

    public TargetTable withUnit(String code, String name, @Nullable Integer year) {
        return new TargetTable(
                projectCode,
                projectName,
                code,
                name,
                year,
                budget,
                fiscalFunds,
                otherFunds,
                fundPurpose,
                plan,
                goals,
                indicators);
    }
}
