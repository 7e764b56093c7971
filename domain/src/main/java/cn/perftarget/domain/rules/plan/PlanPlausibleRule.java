package cn.perftarget.domain.rules.plan;

import cn.perftarget.domain.i18n.Message;
import cn.perftarget.domain.rules.FindingSink;
import cn.perftarget.domain.rules.Location;
import cn.perftarget.domain.rules.Rule;
import cn.perftarget.domain.rules.RuleInfo;
import cn.perftarget.domain.rules.RuleParameter;
import cn.perftarget.domain.rules.RuleParameters;
import cn.perftarget.domain.rules.Severity;
import cn.perftarget.domain.rules.TableFacts;
import cn.perftarget.domain.rules.ValidationContext;
import cn.perftarget.domain.rules.text.Keywords;
import cn.perftarget.domain.table.SpendingPlan;
import cn.perftarget.domain.table.TargetTable;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * R12: an implausible plan: 100% already at 3月底 for a recurring cost (wages, cleaning, phone …), or every project of
 * a unit with the identical plan (a plan copied, not planned).
 */
public final class PlanPlausibleRule implements Rule {

    public static final RuleInfo INFO = RuleInfo.of(
            "R12",
            Severity.INFO,
            "rule.R12.name",
            "rule.R12.checks",
            "rule.R12.example",
            RuleParameter.words(
                    "recurringWords",
                    "rule.R12.param.recurringWords",
                    "工资",
                    "人员",
                    "劳务",
                    "见习",
                    "保洁",
                    "物业",
                    "水费",
                    "电费",
                    "邮电",
                    "电话",
                    "租金",
                    "租赁",
                    "维保",
                    "运维",
                    "取暖",
                    "差旅",
                    "通讯",
                    "网络"),
            RuleParameter.number("minProjects", "rule.R12.param.minProjects", "3"));

    /**
     * Per unit and year: how many tables, and how many with each plan; and for each sibling (by identity) its unit
     * key and plan key.
     */
    private record PlanIndex(
            Map<String, Integer> tables, Map<String, Map<String, Integer>> plans, Map<TargetTable, String[]> keys) {}

    private final Keywords recurring;
    private final int minProjects;

    public PlanPlausibleRule(RuleParameters p) {
        this.recurring = p.keywords("recurringWords");
        this.minProjects = p.number("minProjects").intValue();
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
        TargetTable table = t.table();
        SpendingPlan plan = table.plan();
        PlanReading r = PlanReading.of(t);
        if (!r.hasValues()) {
            return;
        }
        if (r.values[0] != null && r.values[0].compareTo(PlanReading.HUNDRED) == 0 && !r.isMoney(t.budget())) {
            String word = recurring.firstIn(table.projectName());
            if (word == null) {
                word = recurring.firstIn(table.fundPurpose());
            }
            if (word != null) {
                out.report(Severity.INFO, Location.plan(0), Message.of("rule.R12.recurring", word));
            }
        }
        if (table.unitCode().isBlank() || t.context().siblings().isEmpty()) {
            return;
        }
        PlanIndex index = t.context().memo(PlanIndex.class, PlanPlausibleRule::build);
        String[] known = index.keys().get(table);
        String unit = known != null ? known[0] : ValidationContext.unitYearKey(table);
        int tables = index.tables().getOrDefault(unit, 0);
        Integer same = index.plans().getOrDefault(unit, Map.of()).get(known != null ? known[1] : r.key());
        if (tables >= minProjects && same != null && same == tables) {
            out.report(
                    Severity.INFO,
                    Location.PLAN,
                    Message.of(
                            "rule.R12.identical",
                            tables,
                            plan.cells().stream().map(String::strip).toList()));
        }
    }

    private static PlanIndex build(List<TargetTable> siblings) {
        Map<String, Integer> tables = new HashMap<>();
        Map<String, Map<String, Integer>> plans = new HashMap<>();
        Map<TargetTable, String[]> keys = new IdentityHashMap<>();
        for (TargetTable s : siblings) {
            if (s.unitCode().isBlank()) {
                continue;
            }
            String unit = ValidationContext.unitYearKey(s);
            tables.merge(unit, 1, Integer::sum);
            PlanReading reading = new PlanReading(s.plan());
            String planKey = reading.key();
            keys.put(s, new String[] {unit, planKey});
            if (reading.hasValues()) {
                plans.computeIfAbsent(unit, u -> new HashMap<>()).merge(planKey, 1, Integer::sum);
            }
        }
        return new PlanIndex(tables, plans, keys);
    }
}
