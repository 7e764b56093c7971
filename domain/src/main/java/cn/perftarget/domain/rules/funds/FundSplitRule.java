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
import org.jspecify.annotations.Nullable;

/**
 * R05: 财政资金 + 其他资金 ≠ 预算数 (a blank cell counts as 0), in the cells, or in the amounts the 资金用途 text
 * quotes.
 */
public final class FundSplitRule implements Rule {

    public static final RuleInfo INFO =
            RuleInfo.of("R05", Severity.ERROR, "rule.R05.name", "rule.R05.checks", "rule.R05.example");

    public FundSplitRule(RuleParameters p) {}

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(TableFacts t, FindingSink out) {
        TargetTable table = t.table();
        checkCells(table, out);
        checkText(table, out);
    }

    private static void checkCells(TargetTable table, FindingSink out) {
        if (table.budget().isBlank()
                && table.fiscalFunds().isBlank()
                && table.otherFunds().isBlank()) {
            return; // R07 reports the missing budget
        }
        BigDecimal budget = amountOrZero(table.budget());
        BigDecimal fiscal = amountOrZero(table.fiscalFunds());
        BigDecimal other = amountOrZero(table.otherFunds());
        if (budget == null || fiscal == null || other == null) {
            return; // an unreadable cell: R07 or the import reports it
        }
        if (fiscal.add(other).compareTo(budget) == 0) {
            return;
        }
        Fix fix = null;
        BigDecimal rest = budget.subtract(fiscal);
        if (rest.signum() >= 0) {
            fix = new Fix(
                    Message.of("rule.R05.fix", Money.cell(rest)),
                    tt -> tt.withAmounts(tt.budget(), tt.fiscalFunds(), MoneyCell.of(rest)));
        }
        out.report(
                Severity.ERROR,
                Location.field(TableField.OTHER_FUNDS),
                Message.of(
                        "rule.R05.cells",
                        Money.format(fiscal),
                        Money.format(other),
                        Money.format(fiscal.add(other)),
                        Money.format(budget)),
                fix);
    }

    private static void checkText(TargetTable table, FindingSink out) {
        List<PurposeAmounts.Mention> mentions = PurposeAmounts.read(table.fundPurpose());
        BigDecimal budget = first(mentions, PurposeAmounts.Kind.BUDGET);
        BigDecimal fiscal = first(mentions, PurposeAmounts.Kind.FISCAL);
        BigDecimal other = first(mentions, PurposeAmounts.Kind.OTHER);
        if (budget == null || fiscal == null || other == null) {
            return;
        }
        if (fiscal.add(other).compareTo(budget) != 0) {
            out.report(
                    Severity.ERROR,
                    Location.field(TableField.FUND_PURPOSE),
                    Message.of("rule.R05.text", Money.format(fiscal), Money.format(other), Money.format(budget)));
        }
    }

    /** The amount of the first mention of the kind; null when there is none or its number is blank. */
    private static @Nullable BigDecimal first(List<PurposeAmounts.Mention> mentions, PurposeAmounts.Kind kind) {
        for (PurposeAmounts.Mention m : mentions) {
            if (m.kind() == kind) {
                return m.amount();
            }
        }
        return null;
    }

    /** Blank → 0; unreadable → null. */
    private static @Nullable BigDecimal amountOrZero(MoneyCell cell) {
        if (cell.isBlank()) {
            return BigDecimal.ZERO;
        }
        return cell.amount().orElse(null);
    }
}
