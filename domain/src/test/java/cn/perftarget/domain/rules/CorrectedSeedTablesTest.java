package cn.perftarget.domain.rules;

import static cn.perftarget.domain.rules.Seeds.findings;
import static cn.perftarget.domain.rules.Seeds.table;
import static cn.perftarget.domain.rules.Seeds.withCell;
import static org.assertj.core.api.Assertions.assertThat;

import cn.perftarget.domain.rules.validation.GradeSuggestion;
import cn.perftarget.domain.rules.validation.SuggestedGrade;
import cn.perftarget.domain.table.IndicatorColumn;
import cn.perftarget.domain.table.MoneyCell;
import cn.perftarget.domain.table.SpendingPlan;
import cn.perftarget.domain.table.TargetTable;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Seed tables with their defects corrected by hand (and by the one-click fixes) pass without any ERROR: the rules do
 * not block a sound table.
 */
class CorrectedSeedTablesTest {

    private static List<Finding> errors(List<Finding> findings) {
        return findings.stream().filter(f -> f.severity() == Severity.ERROR).toList();
    }

    /** Applies the one-click fix of every finding that has one, until none is left (bounded). */
    private static TargetTable applyFixes(String prefix, TargetTable t) {
        for (int round = 0; round < 10; round++) {
            var fixable = findings(prefix, t).stream().filter(Finding::hasFix).findFirst();
            if (fixable.isEmpty()) {
                return t;
            }
            t = fixable.get().fix().applyTo(t);
        }
        return t;
    }

    @Test
    void elevatorMaintenanceWithAConcreteSatisfactionName() {
        TargetTable t = withCell(table("001", "电梯维保费"), 6, IndicatorColumn.LEVEL3, "办事群众满意度");
        assertThat(errors(findings("001", t))).isEmpty();
        assertThat(errors(findings("001", "电梯维保费"))).isNotEmpty();
    }

    @Test
    void periodicalsWithTheCostWithinBudget() {
        TargetTable t = withCell(table("004", "专项刊物及专项业务图书费"), 3, IndicatorColumn.VALUE, "≤0.5万元");
        assertThat(errors(findings("004", t))).isEmpty();
    }

    @Test
    void traineeWagesWithAmountsAgreeing() {
        TargetTable t = table("004", "大学生见习岗人员工资");
        t = withCell(t, 3, IndicatorColumn.VALUE, "≤1.87万元");
        t = applyFixes("004", t); // R06: the purpose text takes the cells' 1.87
        assertThat(t.fundPurpose()).contains("预算数 1.87万元");
        assertThat(errors(findings("004", t))).isEmpty();
    }

    @Test
    void approvalWorkWithBudgetPlanAndUnits() {
        TargetTable t = table("000", "项目审批工作");
        t = t.withAmounts(new MoneyCell("8.00"), new MoneyCell("8.00"), MoneyCell.BLANK);
        t = t.withPlan(new SpendingPlan("10%", "50%", "75%", "100%"));
        t = withCell(t, 0, IndicatorColumn.VALUE, "≥1000件");
        t = withCell(t, 3, IndicatorColumn.LEVEL3, "办公及证书印刷成本");
        t = withCell(t, 3, IndicatorColumn.DESCRIPTION, "办公、证书印刷、中介评审服务的支出");
        t = withCell(t, 3, IndicatorColumn.VALUE, "≤8万元");
        assertThat(errors(findings("000", t))).isEmpty();
    }

    @Test
    void legalAdviserWithGoalPlanAndCost() {
        TargetTable t = table("002", "法律顾问费");
        t = t.withGoals("1.全年代理诉讼、非诉案件结案率≥95%，保障本级单位依法行政");
        t = t.withPlan(new SpendingPlan("25%", "50%", "75%", "100%"));
        t = withCell(t, 3, IndicatorColumn.LEVEL3, "法律顾问服务费");
        t = withCell(t, 3, IndicatorColumn.DESCRIPTION, "全年法律顾问合同金额");
        t = withCell(t, 3, IndicatorColumn.VALUE, "≤5万元");
        t = withCell(t, 5, IndicatorColumn.VALUE, "≥10件");
        assertThat(errors(findings("002", t))).isEmpty();
    }

    @Test
    void printingWithPlanTextAndCost() {
        TargetTable t = table("004", "印刷费");
        t = t.withFundPurpose("预算数1万元。其中：财政资金 1 万元，其他资金0万元。主要用于档案整理用资料的印刷。");
        t = t.withPlan(new SpendingPlan("25%", "50%", "75%", "100%"));
        t = t.withGoals("1.完成政府采购档案资料印刷，验收合格率100%");
        var rows = new java.util.ArrayList<>(t.indicators());
        rows.add(3, cn.perftarget.domain.table.IndicatorRow.of("产出指标", "成本指标", "印刷成本", "档案资料印刷费用", "≤1万元", "印刷合同"));
        t = t.withIndicators(rows);
        assertThat(errors(findings("004", t))).isEmpty();
    }

    @Test
    void correctedTablesGetABetterGrade() {
        TargetTable t = withCell(table("004", "专项刊物及专项业务图书费"), 3, IndicatorColumn.VALUE, "≤0.5万元");
        assertThat(GradeSuggestion.from(findings("004", "专项刊物及专项业务图书费")).grade())
                .isEqualTo(SuggestedGrade.FAIR);
        List<Finding> after = findings("004", t);
        assertThat(errors(after)).isEmpty();
        assertThat(GradeSuggestion.from(after).reasons()).extracting(Seeds::zh).noneMatch(r -> r.startsWith("R25"));
    }
}
