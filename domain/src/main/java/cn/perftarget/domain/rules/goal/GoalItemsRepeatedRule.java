package cn.perftarget.domain.rules.goal;

import cn.perftarget.domain.i18n.Message;
import cn.perftarget.domain.rules.FindingSink;
import cn.perftarget.domain.rules.Fix;
import cn.perftarget.domain.rules.Location;
import cn.perftarget.domain.rules.Rule;
import cn.perftarget.domain.rules.RuleInfo;
import cn.perftarget.domain.rules.RuleParameters;
import cn.perftarget.domain.rules.Severity;
import cn.perftarget.domain.rules.TableFacts;
import cn.perftarget.domain.rules.text.GoalItems;
import cn.perftarget.domain.rules.text.Texts;
import cn.perftarget.domain.table.TableField;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** R02: the same goal item twice, or numbering debris such as “1.1、”. */
public final class GoalItemsRepeatedRule implements Rule {

    public static final RuleInfo INFO =
            RuleInfo.of("R02", Severity.WARNING, "rule.R02.name", "rule.R02.checks", "rule.R02.example");

    public GoalItemsRepeatedRule(RuleParameters p) {}

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(TableFacts t, FindingSink out) {
        List<GoalItems.Item> items = Goals.items(t);
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
        Fix fix = new Fix(Message.of("rule.R02.fix"), table -> table.withGoals(fixed));
        Message message;
        if (repeated == null) {
            message = Message.of("rule.R02.debris");
        } else if (debris) {
            message = Message.of("rule.R02.repeatedAndDebris", Texts.excerpt(repeated, 20));
        } else {
            message = Message.of("rule.R02.repeated", Texts.excerpt(repeated, 20));
        }
        out.report(Severity.WARNING, Location.field(TableField.GOALS), message, fix);
    }
}
