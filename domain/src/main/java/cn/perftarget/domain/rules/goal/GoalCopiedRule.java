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
import cn.perftarget.domain.rules.ValidationContext;
import cn.perftarget.domain.rules.text.GoalItems;
import cn.perftarget.domain.rules.text.Texts;
import cn.perftarget.domain.table.TargetTable;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** R03: the goal text is identical to another project's of the same department and year. */
public final class GoalCopiedRule implements Rule {

    public static final RuleInfo INFO = RuleInfo.of("R03", "目标照抄", Severity.WARNING,
            "绩效目标与同一部门（单位）同一年度另一个项目的绩效目标完全相同（忽略编号、空格和标点）。",
            "004：大学生见习岗人员工资、区域气候可行性论证沿用了环评专家评审费的目标“建设项目环境影响评价报告进行专家评审工作”。",
            RuleParameter.number("minLength", "参与比较的最短目标字数", "6"));

    /**
     * Normalised goal → the tables with it, per department and year; and each sibling's own group and goal key (by
     * identity), so that validating a stored table does no text work.
     */
    private record GoalIndex(Map<String, Map<String, List<TargetTable>>> byGroup, Map<TargetTable, String[]> keys) {
    }

    private final int minLength;

    public GoalCopiedRule(RuleParameters p) {
        this.minLength = p.number("minLength").intValue();
    }

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(TableFacts t, FindingSink out) {
        TargetTable table = t.table();
        ValidationContext ctx = t.context();
        if (ctx.siblings().isEmpty()) {
            return;
        }
        GoalIndex index = ctx.memo(GoalIndex.class, GoalCopiedRule::build);
        String[] known = index.keys().get(table);
        List<GoalItems.Item> items = GoalItems.of(t);
        String key = known != null ? known[1] : normalise(items);
        if (key.length() < minLength || GoalPlaceholderRule.isPlaceholder(items)) {
            return;
        }
        String groupKey = known != null ? known[0] : ValidationContext.departmentYearKey(table);
        Map<String, List<TargetTable>> group = index.byGroup().get(groupKey);
        List<TargetTable> same = group == null ? null : group.get(key);
        if (same == null) {
            return;
        }
        List<String> others = new ArrayList<>();
        for (TargetTable other : same) {
            if (!ValidationContext.sameProject(other, table)) {
                others.add("《" + other.projectName() + "》");
            }
        }
        if (!others.isEmpty()) {
            out.report(Severity.WARNING, Location.field(TableField.GOALS),
                    "绩效目标与同部门同年度项目" + String.join("、", others) + "完全相同，像是照抄。"
                            + "请按本项目的资金用途和要做的事重新写目标。");
        }
    }

    private static GoalIndex build(List<TargetTable> siblings) {
        Map<String, Map<String, List<TargetTable>>> byGroup = new HashMap<>();
        Map<TargetTable, String[]> keys = new IdentityHashMap<>();
        for (TargetTable s : siblings) {
            String k = normalise(GoalItems.split(s.goals()));
            String g = ValidationContext.departmentYearKey(s);
            keys.put(s, new String[]{g, k});
            if (!k.isEmpty()) {
                byGroup.computeIfAbsent(g, x -> new HashMap<>()).computeIfAbsent(k, x -> new ArrayList<>()).add(s);
            }
        }
        return new GoalIndex(byGroup, keys);
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
