package cn.perftarget.domain.rules;

import static cn.perftarget.domain.rules.Seeds.assertFinding;
import static cn.perftarget.domain.rules.Seeds.assertNone;
import static cn.perftarget.domain.rules.Seeds.findings;
import static cn.perftarget.domain.rules.Seeds.of;
import static cn.perftarget.domain.rules.Seeds.table;
import static cn.perftarget.domain.rules.Seeds.zh;
import static org.assertj.core.api.Assertions.assertThat;

import cn.perftarget.domain.rules.validation.Validator;
import cn.perftarget.domain.table.SpendingPlan;
import cn.perftarget.domain.table.TargetTable;
import java.util.List;
import org.junit.jupiter.api.Test;

/** R08 – R12 on the seed tables. */
class PlanRulesTest {

    @Test
    void r08WholePlanBlankIsOneError() {
        List<Finding> fs = findings("004", "印刷费");
        assertFinding(fs, "R08", Severity.ERROR, Location.PLAN);
        assertThat(of(fs, "R08")).hasSize(1);
    }

    @Test
    void r08EarlierCheckpointBlankIsAWarning() {
        List<Finding> fs = findings("004", "专项邮电费");
        assertFinding(fs, "R08", Severity.WARNING, Location.plan(0));
        assertThat(of(fs, "R08")).allMatch(f -> f.severity() == Severity.WARNING);
        assertFinding(findings("002", "法律顾问费"), "R08", Severity.ERROR, Location.plan(3));
        assertNone(findings("001", "电梯维保费"), "R08");
    }

    @Test
    void r09MoneyPlanIsConvertedToPercent() {
        // held-out rule: a real table (预算数 1.80) whose plan is written in 万元
        TargetTable real = table("001", "电梯维保费");
        TargetTable money = real.withPlan(new SpendingPlan("0.45", "0.90", "1.35", "1.80"));
        List<Finding> fs = findings("001", money);
        Finding f = assertFinding(fs, "R09", Severity.ERROR, Location.PLAN);
        assertNone(fs, "R11"); // the money plan is R09's, not “ends at 1.80 instead of 100”
        TargetTable fixed = f.fix().applyTo(money);
        assertThat(fixed.plan().cells()).containsExactly("25.00%", "50.00%", "75.00%", "100.00%");
        assertNone(findings("001", fixed), "R09");
        assertNone(findings("001", real), "R09");
    }

    @Test
    void r09MissingPercentSignsAreAnInfoWithFix() {
        TargetTable plain = table("001", "电梯维保费").withPlan(new SpendingPlan("25", "50", "75", "100"));
        Finding f = assertFinding(findings("001", plain), "R09", Severity.INFO, Location.PLAN);
        assertThat(f.fix().applyTo(plain).plan().cells()).containsExactly("25%", "50%", "75%", "100%");
        TargetTable words = table("001", "电梯维保费").withPlan(new SpendingPlan("四分之一", "50%", "75%", "100%"));
        assertFinding(findings("001", words), "R09", Severity.ERROR, Location.plan(0));
    }

    @Test
    void r10PlanFalls() {
        assertFinding(findings("000", "项目审批工作"), "R10", Severity.ERROR, Location.plan(3));
        assertNone(findings("000", "政务服务中心工作"), "R10");
    }

    @Test
    void r11PlanDoesNotEndAt100() {
        assertFinding(findings("000", "项目审批工作"), "R11", Severity.ERROR, Location.plan(3));
        Finding f = assertFinding(findings("002", "法律顾问费"), "R11", Severity.ERROR, Location.plan(3));
        TargetTable fixed = f.fix().applyTo(table("002", "法律顾问费"));
        assertThat(fixed.plan().december()).isEqualTo("100%");
        assertNone(findings("002", fixed), "R11");
        assertNone(findings("001", "电梯维保费"), "R11");
        assertNone(findings("004", "印刷费"), "R11"); // a blank plan is R08's
    }

    @Test
    void r12RecurringCostSpentAtMarch() {
        Finding f = assertFinding(findings("004", "大学生见习岗人员工资"), "R12", Severity.INFO, Location.plan(0));
        assertThat(zh(f.message())).contains("经常性支出");
        assertNone(findings("004", "专项保洁费"), "R12");
    }

    @Test
    void r12EveryProjectOfTheUnitWithTheSamePlan() {
        Finding f = assertFinding(findings("001", "电梯维保费"), "R12", Severity.INFO, Location.PLAN);
        assertThat(zh(f.message())).contains("8个项目");
        // alone, nothing to compare with
        assertNone(Validator.defaults().validate(table("001", "电梯维保费")), "R12");
        // 002: one table differs, so not “every project”
        assertNone(findings("002", "业务评审专项"), "R12");
    }
}
