package cn.perftarget.domain.rules;

import static cn.perftarget.domain.rules.Seeds.assertFinding;
import static cn.perftarget.domain.rules.Seeds.assertNone;
import static cn.perftarget.domain.rules.Seeds.findings;
import static cn.perftarget.domain.rules.Seeds.of;
import static cn.perftarget.domain.rules.Seeds.table;
import static cn.perftarget.domain.rules.Seeds.zh;
import static org.assertj.core.api.Assertions.assertThat;

import cn.perftarget.domain.rules.validation.Validator;
import cn.perftarget.domain.table.MoneyCell;
import cn.perftarget.domain.table.TableField;
import cn.perftarget.domain.table.TargetTable;
import java.util.List;
import org.junit.jupiter.api.Test;

/** R04 – R07 on the seed tables. */
class FundsRulesTest {

    private static final Location PURPOSE = Location.field(TableField.FUND_PURPOSE);

    @Test
    void r04PurposeCopied() {
        Finding f = assertFinding(findings("004", "区域气候可行性论证"), "R04", Severity.WARNING, PURPOSE);
        assertThat(zh(f.message())).contains("建设项目环境影响评价报告专家评审费");
        assertNone(findings("004", "专项保洁费"), "R04");
        assertNone(Validator.defaults().validate(table("004", "区域气候可行性论证")), "R04");
    }

    @Test
    void r05SplitQuotedInThePurposeText() {
        Finding f = assertFinding(findings("004", "印刷费"), "R05", Severity.ERROR, PURPOSE);
        assertThat(zh(f.message())).contains("其他资金1万元");
        assertNone(findings("004", "专项保洁费"), "R05");
    }

    @Test
    void r05SplitOfTheCellsWithFix() {
        TargetTable real = table("001", "电梯维保费");
        TargetTable broken = real.withAmounts(real.budget(), real.fiscalFunds(), new MoneyCell("0.50"));
        Finding f =
                assertFinding(findings("001", broken), "R05", Severity.ERROR, Location.field(TableField.OTHER_FUNDS));
        TargetTable fixed = f.fix().applyTo(broken);
        assertThat(fixed.otherFunds().text()).isEqualTo("0.00");
        assertNone(findings("001", fixed), "R05");
        assertNone(findings("001", real), "R05");
    }

    @Test
    void r06AmountsInTextDisagreeWithCells() {
        List<Finding> fs = findings("004", "专项审图电脑及大厅办公家具设备购置");
        Finding f = assertFinding(fs, "R06", Severity.ERROR, PURPOSE);
        assertThat(zh(f.message())).contains("10.9").contains("10.88");
        TargetTable t = table("004", "专项审图电脑及大厅办公家具设备购置");
        for (Finding x : of(fs, "R06")) {
            t = x.fix().applyTo(t);
        }
        assertThat(t.fundPurpose()).startsWith("预算数 10.88万元。其中：财政资金10.88万元");
        assertNone(findings("004", t), "R06");

        assertThat(zh(assertFinding(findings("004", "大学生见习岗人员工资"), "R06", Severity.ERROR, PURPOSE)
                        .message()))
                .contains("2.5")
                .contains("1.87");
        assertThat(zh(assertFinding(findings("004", "交易中心专项人员经费"), "R06", Severity.ERROR, PURPOSE)
                        .message()))
                .contains("163.94");
        assertNone(findings("004", "专项保洁费"), "R06");
    }

    @Test
    void r06BlankAmountInText() {
        Finding f = assertFinding(findings("004", "档案整理费"), "R06", Severity.ERROR, PURPOSE);
        assertThat(zh(f.message())).contains("空着");
        TargetTable fixed = f.fix().applyTo(table("004", "档案整理费"));
        assertThat(fixed.fundPurpose()).startsWith("预算数 1.5万元。其中：财政资金 1.5 万元");
        assertNone(findings("004", fixed), "R06");
    }

    @Test
    void r07BudgetMissing() {
        for (var t : Seeds.doc("000").tables()) {
            assertFinding(findings("000", t), "R07", Severity.ERROR, Location.field(TableField.BUDGET));
        }
        TargetTable real = table("001", "电梯维保费");
        assertNone(findings("001", real), "R07");
        TargetTable zero = real.withAmounts(new MoneyCell("0"), real.fiscalFunds(), real.otherFunds());
        assertFinding(findings("001", zero), "R07", Severity.ERROR, Location.field(TableField.BUDGET));
        TargetTable text = real.withAmounts(new MoneyCell("一万八千"), real.fiscalFunds(), real.otherFunds());
        assertFinding(findings("001", text), "R07", Severity.ERROR, Location.field(TableField.BUDGET));
    }
}
