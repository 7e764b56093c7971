package cn.perftarget.domain.rules.goal;

import cn.perftarget.domain.i18n.Message;
import cn.perftarget.domain.rules.FindingSink;
import cn.perftarget.domain.rules.Location;
import cn.perftarget.domain.rules.Rule;
import cn.perftarget.domain.rules.RuleInfo;
import cn.perftarget.domain.rules.RuleParameter;
import cn.perftarget.domain.rules.RuleParameters;
import cn.perftarget.domain.rules.Severity;
import cn.perftarget.domain.rules.TableFacts;
import cn.perftarget.domain.rules.text.GoalItems;
import cn.perftarget.domain.rules.text.Texts;
import cn.perftarget.domain.table.TableField;
import java.util.List;

/** R01: the 绩效目标 is empty, only numbering, or template text such as “目标内容1”. */
public final class GoalPlaceholderRule implements Rule {

    public static final RuleInfo INFO = RuleInfo.of(
            "R01",
            Severity.ERROR,
            "rule.R01.name",
            "rule.R01.checks",
            "rule.R01.example",
            RuleParameter.words(
                    "templateTexts", "rule.R01.param.templateTexts", "目标内容", "请输入", "请填写", "此处填写", "XXX", "xxx"));

    private final String[] templates;

    public GoalPlaceholderRule(RuleParameters p) {
        this.templates = p.wordArray("templateTexts");
    }

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(TableFacts t, FindingSink out) {
        String goals = t.table().goals();
        if (Texts.key(goals).isEmpty()) {
            out.report(Severity.ERROR, Location.field(TableField.GOALS), Message.of("rule.R01.blank"));
            return;
        }
        if (isPlaceholder(Goals.items(t), templates)) {
            out.report(
                    Severity.ERROR,
                    Location.field(TableField.GOALS),
                    Message.of("rule.R01.placeholder", Texts.excerpt(goals)));
        }
    }

    /** Every item is empty, or template text (with at most a number left over). */
    static boolean isPlaceholder(List<GoalItems.Item> items, String[] templates) {
        if (items.isEmpty()) {
            return true;
        }
        for (GoalItems.Item item : items) {
            String k = Texts.key(item.cleanContent());
            for (String tpl : templates) {
                k = k.replace(tpl, "");
            }
            for (int i = 0; i < k.length(); i++) {
                if (!Character.isDigit(k.charAt(i))) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Whether a goal is a placeholder under the default template texts (for rules that skip placeholders). */
    public static boolean isPlaceholder(List<GoalItems.Item> items) {
        return isPlaceholder(items, DEFAULT_TEMPLATES);
    }

    private static final String[] DEFAULT_TEMPLATES = {"目标内容", "请输入", "请填写", "此处填写", "XXX", "xxx"};
}
