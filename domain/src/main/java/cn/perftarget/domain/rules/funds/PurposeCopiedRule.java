package cn.perftarget.domain.rules.funds;

import cn.perftarget.domain.i18n.Message;
import cn.perftarget.domain.rules.FindingSink;
import cn.perftarget.domain.rules.Location;
import cn.perftarget.domain.rules.Rule;
import cn.perftarget.domain.rules.RuleInfo;
import cn.perftarget.domain.rules.RuleParameter;
import cn.perftarget.domain.rules.RuleParameters;
import cn.perftarget.domain.rules.SameTextSiblings;
import cn.perftarget.domain.rules.Severity;
import cn.perftarget.domain.rules.TableFacts;
import cn.perftarget.domain.rules.text.Texts;
import cn.perftarget.domain.table.TableField;
import cn.perftarget.domain.table.TargetTable;
import java.util.List;
import java.util.regex.Pattern;

/**
 * R04: the 资金用途 is identical to another project's (of the same department and year) with a different name. The
 * quoted amounts (“预算数 50万元。其中：…”) differ between projects and are left out of the comparison.
 */
public final class PurposeCopiedRule implements Rule {

    public static final RuleInfo INFO = RuleInfo.of(
            "R04",
            Severity.WARNING,
            "rule.R04.name",
            "rule.R04.checks",
            "rule.R04.example",
            RuleParameter.number("minLength", "rule.R04.param.minLength", "4"));

    /** “预算数 4万元。”, “其中：财政资金 4 万元，” …: the amount statements. */
    private static final Pattern AMOUNTS =
            Pattern.compile("(?:其中[:：]?)?(?:预算数|财政资金|其他资金)[\\s:：]*[0-9０-９.．]*\\s*(?:万元|万|元)?");

    /** Siblings by their fund use without the amounts. */
    private static final SameTextSiblings SAME_PURPOSE = new SameTextSiblings(t -> normalise(t.fundPurpose()));

    private final int minLength;

    public PurposeCopiedRule(RuleParameters p) {
        this.minLength = p.number("minLength").intValue();
    }

    @Override
    public boolean readsOtherTables() {
        return true;
    }

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(TableFacts t, FindingSink out) {
        List<TargetTable> same = SAME_PURPOSE.of(t, minLength);
        if (same.isEmpty()) {
            return;
        }
        String myName = Texts.key(t.table().projectName());
        List<TargetTable> others = same.stream()
                .filter(other -> !Texts.key(other.projectName()).equals(myName))
                .toList();
        if (!others.isEmpty()) {
            out.report(
                    Severity.WARNING,
                    Location.field(TableField.FUND_PURPOSE),
                    Message.of("rule.R04.copied", Texts.projectNames(others)));
        }
    }

    static String normalise(String purpose) {
        if (purpose == null || purpose.isBlank()) {
            return "";
        }
        return Texts.key(AMOUNTS.matcher(purpose).replaceAll(""));
    }
}
