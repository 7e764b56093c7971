package cn.perftarget.domain.rules.funds;

import cn.perftarget.domain.i18n.Message;
import cn.perftarget.domain.rules.FindingSink;
import cn.perftarget.domain.rules.Fix;
import cn.perftarget.domain.rules.Location;
import cn.perftarget.domain.rules.Rule;
import cn.perftarget.domain.rules.RuleInfo;
import cn.perftarget.domain.rules.RuleParameters;
import cn.perftarget.domain.rules.Severity;
import cn.perftarget.domain.rules.TableFacts;
import cn.perftarget.domain.rules.text.Money;
import cn.perftarget.domain.rules.text.PurposeAmounts;
import cn.perftarget.domain.table.MoneyCell;
import cn.perftarget.domain.table.TableField;
import cn.perftarget.domain.table.TargetTable;
import java.math.BigDecimal;
import java.util.List;

/** R06: the amounts quoted in the 资金用途 text disagree with the cells, or are left blank (“预算数   万元”). */
public final class PurposeAmountsRule implements Rule {

    public static final RuleInfo INFO =
            RuleInfo.of("R06", Severity.ERROR, "rule.R06.name", "rule.R06.checks", "rule.R06.example");

    public PurposeAmountsRule(RuleParameters p) {}

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
            BigDecimal quoted = m.amount();
            if (quoted == null) { // the number left blank
                Fix fix = cellAmount == null ? null : replace(m, cellAmount);
                out.report(
                        Severity.ERROR,
                        Location.field(TableField.FUND_PURPOSE),
                        cellAmount == null
                                ? Message.of("rule.R06.blank", m.kind().field())
                                : Message.of("rule.R06.blankWithCell", m.kind().field(), Money.format(cellAmount)),
                        fix);
            } else if (cellAmount != null && quoted.compareTo(cellAmount) != 0) {
                out.report(
                        Severity.ERROR,
                        Location.field(TableField.FUND_PURPOSE),
                        Message.of(
                                "rule.R06.differs", m.kind().field(), Money.format(quoted), Money.format(cellAmount)),
                        replace(m, cellAmount));
            }
        }
    }

    private static Fix replace(PurposeAmounts.Mention m, BigDecimal amount) {
        return new Fix(Message.of("rule.R06.fix", m.kind().field(), Money.format(amount)), tt -> {
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
