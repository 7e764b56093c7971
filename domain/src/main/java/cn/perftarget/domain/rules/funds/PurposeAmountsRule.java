package cn.perftarget.domain.rules.funds;

import cn.perftarget.domain.rules.FindingSink;
import cn.perftarget.domain.rules.Fix;
import cn.perftarget.domain.rules.Location;
import cn.perftarget.domain.rules.Rule;
import cn.perftarget.domain.rules.RuleInfo;
import cn.perftarget.domain.rules.RuleParameters;
import cn.perftarget.domain.rules.Severity;
import cn.perftarget.domain.rules.TableFacts;
import cn.perftarget.domain.rules.TableField;
import cn.perftarget.domain.rules.text.Money;
import cn.perftarget.domain.rules.text.PurposeAmounts;
import cn.perftarget.domain.table.MoneyCell;
import cn.perftarget.domain.table.TargetTable;

import java.math.BigDecimal;
import java.util.List;

/** R06: the amounts quoted in the 资金用途 text disagree with the cells, or are left blank (“预算数   万元”). */
public final class PurposeAmountsRule implements Rule {

    public static final RuleInfo INFO = RuleInfo.of("R06", "资金用途金额不符", Severity.ERROR,
            "资金用途文字中写出的预算数、财政资金、其他资金与表中金额不一致，或金额空着（如“预算数   万元”）。可一键改为表中金额。",
            "004：专项审图电脑预算数10.88，文字写10.9万元；大学生见习岗预算数1.87，文字写2.5万元；档案整理费写“预算数   万元”。");

    public PurposeAmountsRule(RuleParameters p) {
    }

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(TableFacts t, FindingSink out) {
        TargetTable table = t.table();
        String text = table.fundPurpose();
        List<PurposeAmounts.Mention> mentions = PurposeAmounts.read(text);
        for (PurposeAmounts.Mention m : mentions) {
            MoneyCell cell = switch (m.kind()) {
                case BUDGET -> table.budget();
                case FISCAL -> table.fiscalFunds();
                case OTHER -> table.otherFunds();
            };
            BigDecimal cellAmount = cell.isBlank()
                    ? (m.kind() == PurposeAmounts.Kind.OTHER ? BigDecimal.ZERO : null)
                    : cell.amount().orElse(null);
            if (m.isBlank()) {
                Fix fix = cellAmount == null ? null : replace(m, cellAmount);
                out.report(Severity.ERROR, Location.field(TableField.FUND_PURPOSE),
                        "资金用途中“" + m.kind().label() + "”后面的金额空着。请填写"
                                + (cellAmount == null ? "金额" : "表中的" + Money.format(cellAmount) + "万元")
                                + "。", fix);
            } else if (cellAmount != null && m.amount().compareTo(cellAmount) != 0) {
                out.report(Severity.ERROR, Location.field(TableField.FUND_PURPOSE),
                        "资金用途中写" + m.kind().label() + Money.format(m.amount()) + "万元，表中"
                                + m.kind().label() + "是" + Money.format(cellAmount) + "万元，两处不一致。"
                                + "请核实后统一（以批复的金额为准）。", replace(m, cellAmount));
            }
        }
    }

    private static Fix replace(PurposeAmounts.Mention m, BigDecimal amount) {
        return new Fix("把资金用途中的" + m.kind().label() + "改为" + Money.format(amount) + "万元", tt -> {
            // re-read the current text: the fix applies to the table as it is when clicked
            for (PurposeAmounts.Mention now : PurposeAmounts.read(tt.fundPurpose())) {
                if (now.kind() == m.kind() && now.ordinal() == m.ordinal()) {
                    return tt.withFundPurpose(now.replaceIn(tt.fundPurpose(), amount));
                }
            }
            return tt;
        });
    }
}
