package cn.perftarget.domain.rules;

import static cn.perftarget.domain.rules.Seeds.assertFinding;
import static cn.perftarget.domain.rules.Seeds.assertNone;
import static cn.perftarget.domain.rules.Seeds.findings;
import static cn.perftarget.domain.rules.Seeds.of;
import static cn.perftarget.domain.rules.Seeds.table;
import static cn.perftarget.domain.rules.Seeds.withCell;
import static cn.perftarget.domain.rules.Seeds.zh;
import static org.assertj.core.api.Assertions.assertThat;

import cn.perftarget.domain.table.IndicatorColumn;
import cn.perftarget.domain.table.TargetTable;
import java.util.List;
import org.junit.jupiter.api.Test;

/** R21 – R29 on the seed tables. */
class ValueRulesTest {

    private static Location value(int row) {
        return Location.row(row, IndicatorColumn.VALUE);
    }

    @Test
    void r21ValueDoesNotParse() {
        // 业务评审专项: every value is “11”; under 时效 that is no time limit
        assertFinding(findings("002", "业务评审专项"), "R21", Severity.WARNING, value(2));
        // 系统维护费: “按时完成” as a 数量 value
        assertThat(zh(assertFinding(findings("001", "系统维护费"), "R21", Severity.WARNING, value(0))
                        .message()))
                .contains("按时完成");
        assertNone(findings("001", "劳务费"), "R21");
    }

    @Test
    void r21BlankValueIsAnError() {
        TargetTable blank = withCell(table("001", "劳务费"), 0, IndicatorColumn.VALUE, "");
        assertFinding(findings("001", blank), "R21", Severity.ERROR, value(0));
    }

    @Test
    void r22UnitRequired() {
        assertThat(zh(assertFinding(findings("000", "政务服务中心工作"), "R22", Severity.ERROR, value(0))
                        .message()))
                .contains("10000以上");
        Finding satisfaction = assertFinding(findings("002", "审批局政务中心运转专项"), "R22", Severity.ERROR, value(7));
        TargetTable fixed = satisfaction.fix().applyTo(table("002", "审批局政务中心运转专项"));
        assertThat(fixed.indicators().get(7).valueText()).isEqualTo("≥95%");
        assertNone(findings("001", "劳务费"), "R22");
    }

    @Test
    void r22WanInACostRowBecomesWanYuan() {
        Finding f = assertFinding(findings("004", "专项保洁费"), "R22", Severity.INFO, value(3));
        TargetTable fixed = f.fix().applyTo(table("004", "专项保洁费"));
        assertThat(fixed.indicators().get(3).valueText()).isEqualTo("2.52万元");
        assertNone(findings("004", fixed), "R22");
    }

    @Test
    void r23RateBounds() {
        Finding f = assertFinding(findings("004", "服务器、总控室的设备维修费以及短息服务费"), "R23", Severity.WARNING, value(1));
        TargetTable fixed = f.fix().applyTo(table("004", "服务器、总控室的设备维修费以及短息服务费"));
        assertThat(fixed.indicators().get(1).valueText()).isEqualTo("=100%");
        assertNone(findings("004", fixed), "R23");
        assertThat(zh(assertFinding(findings("002", "政务服务专项"), "R23", Severity.WARNING, value(2))
                        .message()))
                .contains("完成时限");
        assertNone(findings("001", "劳务费"), "R23");
    }

    @Test
    void r23AboveHundred() {
        TargetTable t = withCell(table("001", "劳务费"), 1, IndicatorColumn.VALUE, "120%");
        assertThat(zh(assertFinding(findings("001", t), "R23", Severity.WARNING, value(1))
                        .message()))
                .contains("超过100%");
    }

    @Test
    void r24DirectionOnRealTablesWithTheDefectIntroduced() {
        TargetTable real = table("001", "电梯维保费"); // row 1 正常使用率, row 3 项目成本, row 6 服务对象满意度
        assertFinding(
                findings("001", withCell(real, 3, IndicatorColumn.VALUE, "≥1.8万元")), "R24", Severity.ERROR, value(3));
        assertFinding(
                findings("001", withCell(real, 6, IndicatorColumn.VALUE, "≤95%")), "R24", Severity.ERROR, value(6));
        assertFinding(
                findings("001", withCell(real, 1, IndicatorColumn.VALUE, "≤95%")), "R24", Severity.WARNING, value(1));
        Finding noCap = assertFinding(findings("001", real), "R24", Severity.WARNING, value(3));
        TargetTable fixed = noCap.fix().applyTo(real);
        assertThat(fixed.indicators().get(3).valueText()).isEqualTo("≤1.8万元");
        assertNone(findings("001", fixed), "R24");
    }

    @Test
    void r24LastKeywordDecides() {
        TargetTable real = table("001", "劳务费");
        TargetTable saving =
                withCell(withCell(real, 1, IndicatorColumn.LEVEL3, "成本节约率"), 1, IndicatorColumn.VALUE, "≥5%");
        assertThat(of(findings("001", saving), "R24"))
                .noneMatch(f -> f.location().equals(value(1)));
        TargetTable failures =
                withCell(withCell(real, 1, IndicatorColumn.LEVEL3, "设备故障率"), 1, IndicatorColumn.VALUE, "≥5%");
        assertFinding(findings("001", failures), "R24", Severity.WARNING, value(1));
    }

    @Test
    void r25CostAboveBudget() {
        assertThat(zh(assertFinding(findings("004", "专项刊物及专项业务图书费"), "R25", Severity.ERROR, value(3))
                        .message()))
                .contains("0.5");
        assertFinding(findings("004", "大学生见习岗人员工资"), "R25", Severity.ERROR, value(3));
        assertNone(findings("004", "专项保洁费"), "R25");
    }

    @Test
    void r25UnitCostTimesQuantity() {
        // 劳务费: 3860元/月/人 × 24人 × 12月 ≈ 111.17万元, within 10% of 112.00
        assertNone(findings("001", "劳务费"), "R25");
        TargetTable tooHigh = withCell(table("001", "劳务费"), 3, IndicatorColumn.VALUE, "5000元/月/人");
        assertThat(zh(assertFinding(findings("001", tooHigh), "R25", Severity.ERROR, value(3))
                        .message()))
                .contains("144");
    }

    @Test
    void r26CostIsMoney() {
        assertFinding(findings("002", "法律顾问费"), "R26", Severity.ERROR, value(3));
        assertThat(zh(assertFinding(findings("000", "政务服务中心工作"), "R26", Severity.ERROR, value(3))
                        .message()))
                .contains("0");
        assertFinding(findings("002", "企业服务中心工作专项"), "R26", Severity.ERROR, value(3));
        assertNone(findings("001", "劳务费"), "R26");
    }

    @Test
    void r27VagueTargets() {
        List<Finding> fs = findings("004", "印刷费");
        assertThat(zh(assertFinding(fs, "R27", Severity.WARNING, value(1)).message()))
                .contains("显著提升");
        assertFinding(fs, "R27", Severity.WARNING, Location.INDICATORS);
        assertThat(zh(assertFinding(findings("004", "专家评审费"), "R27", Severity.WARNING, value(0))
                        .message()))
                .contains("＞0");
        assertNone(findings("000", "政务服务中心工作"), "R27");
    }

    @Test
    void r28Satisfaction() {
        Finding f = assertFinding(findings("004", "专项差旅费"), "R28", Severity.WARNING, value(5));
        TargetTable fixed = f.fix().applyTo(table("004", "专项差旅费"));
        assertThat(fixed.indicators().get(5).valueText()).isEqualTo("≥95%");
        assertNone(findings("004", fixed), "R28");
        assertNone(findings("001", "劳务费"), "R28");
        TargetTable low = withCell(table("001", "劳务费"), 6, IndicatorColumn.VALUE, "≥60%");
        assertThat(zh(assertFinding(findings("001", low), "R28", Severity.WARNING, value(6))
                        .message()))
                .contains("80%");
    }

    @Test
    void r29BasisBlank() {
        List<Finding> fs = findings("004", "专项邮电费");
        for (int row = 0; row < 6; row++) {
            assertFinding(fs, "R29", Severity.ERROR, Location.row(row, IndicatorColumn.BASIS));
        }
        assertThat(of(findings("002", "法律顾问费"), "R29")).noneMatch(f -> f.severity() == Severity.ERROR);
    }

    @Test
    void r29BasisEqualToNameOrGenericEverywhere() {
        assertFinding(findings("002", "法律顾问费"), "R29", Severity.INFO, Location.row(6, IndicatorColumn.BASIS));
        assertThat(zh(assertFinding(findings("001", "电梯维保费"), "R29", Severity.INFO, Location.INDICATORS)
                        .message()))
                .contains("部门职责");
        TargetTable t = table("001", "劳务费");
        String[] bases = {"上年发放24人", "劳务派遣合同", "劳务派遣合同约定", "区人社局标准", "上年工作量", "单位运行需要", "上年满意度调查"};
        for (int i = 0; i < bases.length; i++) {
            t = withCell(t, i, IndicatorColumn.BASIS, bases[i]);
        }
        assertNone(findings("001", t), "R29");
    }
}
