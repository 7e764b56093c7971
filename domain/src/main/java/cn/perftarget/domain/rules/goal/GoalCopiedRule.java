package cn.perftarget.domain.rules.goal;

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
import cn.perftarget.domain.rules.text.GoalItems;
import cn.perftarget.domain.rules.text.Texts;
import cn.perftarget.domain.table.TableField;
import cn.perftarget.domain.table.TargetTable;
import java.util.List;

/** R03: the goal text is identical to another project's of the same department and year. */
public final class GoalCopiedRule implements Rule {

    public static final RuleInfo INFO = RuleInfo.of(
            "R03",
            Severity.WARNING,
            "rule.R03.name",
            "rule.R03.checks",
            "rule.R03.example",
            RuleParameter.number("minLength", "rule.R03.param.minLength", "6"));

    /** Siblings by their goals without numbering, white space and punctuation. */
    private static final SameTextSiblings SAME_GOALS = new SameTextSiblings(t -> normalise(GoalItems.split(t.goals())));

    private final int minLength;

    public GoalCopiedRule(RuleParameters p) {
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
        if (t.context().siblings().isEmpty() || GoalPlaceholderRule.isPlaceholder(Goals.items(t))) {
            return;
        }
        List<TargetTable> others = SAME_GOALS.of(t, minLength);
        if (!others.isEmpty()) {
            out.report(
                    Severity.WARNING,
                    Location.field(TableField.GOALS),
                    Message.of("rule.R03.copied", Texts.projectNames(others)));
        }
    }

    /** The goal without numbering, white space and punctuation. */
    static String normalise(List<GoalItems.Item> items) {
        StringBuilder b = new StringBuilder();
        for (GoalItems.Item item : items) {
            b.append(Texts.key(item.cleanContent())).append('|');
        }
        return b.length() == 0 ? "" : b.toString();
    }
}
