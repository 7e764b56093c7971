package cn.perftarget.domain.rules;

import static cn.perftarget.domain.rules.Seeds.assertFinding;
import static cn.perftarget.domain.rules.Seeds.assertNone;
import static cn.perftarget.domain.rules.Seeds.findings;
import static cn.perftarget.domain.rules.Seeds.table;
import static cn.perftarget.domain.rules.Seeds.zh;
import static org.assertj.core.api.Assertions.assertThat;

import cn.perftarget.domain.rules.validation.Validator;
import cn.perftarget.domain.table.IndicatorColumn;
import cn.perftarget.domain.table.TableField;
import cn.perftarget.domain.table.TargetTable;
import java.util.List;
import org.junit.jupiter.api.Test;

/** R01, R02, R03, R30 on the seed tables. */
class GoalRulesTest {

    private static final Location GOALS = Location.field(TableField.GOALS);

    @Test
    void r01TemplateGoalIsAnError() {
        for (var t : Seeds.doc("002").tables()) {
            assertFinding(findings("002", t), "R01", Severity.ERROR, GOALS);
        }
        assertNone(findings("001", "电梯维保费"), "R01");
    }

    @Test
    void r01EmptyOrNumberingOnly() {
        TargetTable real = table("001", "电梯维保费");
        assertFinding(findings("001", real.withGoals("")), "R01", Severity.ERROR, GOALS);
        assertFinding(findings("001", real.withGoals("1.\n2.")), "R01", Severity.ERROR, GOALS);
        assertNone(findings("001", real.withGoals("1.电梯年检合格，全年故障停梯不超过3次")), "R01");
    }

    @Test
    void r02RepeatedGoalItemWithOneClickFix() {
        List<Finding> fs = findings("004", "印刷费");
        Finding f = assertFinding(fs, "R02", Severity.WARNING, GOALS);
        assertThat(f.hasFix()).isTrue();
        TargetTable fixed = f.fix().applyTo(table("004", "印刷费"));
        assertThat(fixed.goals()).isEqualTo("1.合理有效利用资金，满足政府采购业务的印刷业务需求。");
        assertNone(findings("004", fixed), "R02");
    }

    @Test
    void r02NumberingDebris() {
        Finding f = assertFinding(findings("004", "专家评审费"), "R02", Severity.WARNING, GOALS);
        assertThat(zh(f.message())).contains("1.1、");
        TargetTable fixed = f.fix().applyTo(table("004", "专家评审费"));
        assertThat(fixed.goals()).isEqualTo("1.合理有效使用资金，提高工作效率和服务水平，保障政府采购各项工作顺利开展。");
        assertFinding(findings("004", "档案整理费"), "R02", Severity.WARNING, GOALS);
        assertNone(findings("004", "专项保洁费"), "R02");
    }

    @Test
    void r03GoalCopiedFromAnotherProject() {
        Finding f = assertFinding(findings("004", "大学生见习岗人员工资"), "R03", Severity.WARNING, GOALS);
        assertThat(zh(f.message())).contains("建设项目环境影响评价报告专家评审费");
        assertFinding(findings("004", "区域气候可行性论证"), "R03", Severity.WARNING, GOALS);
        assertNone(findings("004", "专项保洁费"), "R03");
    }

    @Test
    void r03NeedsSiblingsOfTheSameDepartmentAndYear() {
        TargetTable t = table("004", "大学生见习岗人员工资");
        assertNone(Validator.defaults().validate(t, ValidationContext.empty()), "R03");
        TargetTable otherYear = t.withUnit(t.unitCode(), t.unitName(), 2021);
        assertNone(findings("004", otherYear), "R03");
        // placeholder goals are R01's, not copies
        assertNone(findings("002", "法律顾问费"), "R03");
    }

    @Test
    void r30GoalNumberDisagreesWithIndicator() {
        Finding f = assertFinding(
                findings("000", "项目审批工作"), "R30", Severity.WARNING, Location.row(2, IndicatorColumn.VALUE));
        assertThat(zh(f.message())).contains("95%").contains("100%");
        assertNone(findings("000", "公共资源交易中心工作"), "R30");
        assertNone(findings("000", "政务服务中心工作"), "R30");
    }
}
