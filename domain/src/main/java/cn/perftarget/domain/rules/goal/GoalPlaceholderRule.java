package cn.perftarget.domain.rules.goal;

import cn.perftarget.domain.rules.FindingSink;
import cn.perftarget.domain.rules.Location;
import cn.perftarget.domain.rules.Rule;
import cn.perftarget.domain.rules.RuleInfo;
import cn.perftarget.domain.rules.RuleParameter;
import cn.perftarget.domain.rules.RuleParameters;
import cn.perftarget.domain.rules.Severity;
import cn.perftarget.domain.rules.TableFacts;
import cn.perftarget.domain.rules.TableField;
import cn.perftarget.domain.rules.text.GoalItems;
import cn.perftarget.domain.rules.text.Texts;

import java.util.List;

/** R01: the 绩效目标 is empty, only numbering, or template text such as “目标内容1”. */
public final class GoalPlaceholderRule implements Rule {

    public static final RuleInfo INFO = RuleInfo.of("R01", "绩效目标占位", Severity.ERROR,
            "绩效目标为空、只有编号，或只有模板文字（如“目标内容1”）。",
            "002：每张表的绩效目标都是“1.目标内容1”。",
            RuleParameter.words("templateTexts", "模板文字", "目标内容", "请输入", "请填写", "此处填写", "XXX", "xxx"));

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
            out.report(Severity.ERROR, Location.field(TableField.GOALS),
                    "绩效目标未填写。请写明本项目年度要做成什么、做到什么程度，如“1.完成XX事项不少于XX件，办结率≥95%”。");
            return;
        }
        if (isPlaceholder(GoalItems.of(t), templates)) {
            out.report(Severity.ERROR, Location.field(TableField.GOALS),
                    "绩效目标只有编号或模板文字" + Texts.quote(goals) + "，没有实际内容。"
                            + "请按本项目的资金用途写明年度目标，如“1.完成XX事项不少于XX件，办结率≥95%”。");
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
