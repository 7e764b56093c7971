package cn.perftarget.domain.rules.goal;

import cn.perftarget.domain.rules.FindingSink;
import cn.perftarget.domain.rules.Fix;
import cn.perftarget.domain.rules.Location;
import cn.perftarget.domain.rules.Rule;
import cn.perftarget.domain.rules.RuleInfo;
import cn.perftarget.domain.rules.RuleParameters;
import cn.perftarget.domain.rules.Severity;
import cn.perftarget.domain.rules.TableFacts;
import cn.perftarget.domain.rules.TableField;
import cn.perftarget.domain.rules.text.GoalItems;
import cn.perftarget.domain.rules.text.Texts;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** R02: the same goal item twice, or numbering debris such as “1.1、”. */
public final class GoalItemsRepeatedRule implements Rule {

    public static final RuleInfo INFO = RuleInfo.of("R02", "目标条目重复", Severity.WARNING,
            "绩效目标中同一条目出现两次以上，或编号残留（如“1.1、”）。可一键去重并重新编号。",
            "004：印刷费、专家评审费把同一条目标重复了三遍。");

    public GoalItemsRepeatedRule(RuleParameters p) {
    }

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(TableFacts t, FindingSink out) {
        List<GoalItems.Item> items = GoalItems.of(t);
        if (items.size() < 2 && (items.isEmpty() || !items.get(0).hasDebris())) {
            return;
        }
        Set<String> seen = new LinkedHashSet<>();
        List<String> unique = new ArrayList<>();
        String repeated = null;
        boolean debris = false;
        for (GoalItems.Item item : items) {
            debris |= item.hasDebris();
            String content = item.cleanContent();
            String k = Texts.key(content);
            if (k.isEmpty()) {
                continue;
            }
            if (seen.add(k)) {
                unique.add(content);
            } else if (repeated == null) {
                repeated = content;
            }
        }
        if (repeated == null && !debris) {
            return;
        }
        String fixed = GoalItems.render(unique);
        Fix fix = new Fix("去掉重复条目和多余编号，重新编号", table -> table.withGoals(fixed));
        StringBuilder msg = new StringBuilder("绩效目标");
        if (repeated != null) {
            msg.append("中同一条目").append(Texts.quote(repeated, 20)).append("重复出现");
        }
        if (debris) {
            msg.append(repeated != null ? "，且" : "").append("有编号残留（如“1.1、”）");
        }
        msg.append("。请每条目标只写一次、编号连续，并写出不同方面的目标（产出、效益、满意度）。");
        out.report(Severity.WARNING, Location.field(TableField.GOALS), msg.toString(), fix);
    }
}
