package cn.perftarget.domain.rules.validation;

import cn.perftarget.domain.rules.Rule;
import cn.perftarget.domain.rules.RuleInfo;
import cn.perftarget.domain.rules.RuleParameters;
import cn.perftarget.domain.rules.RuleSettings;
import cn.perftarget.domain.rules.document.DepartmentTextRule;
import cn.perftarget.domain.rules.document.TextHygieneRule;
import cn.perftarget.domain.rules.funds.BudgetPresentRule;
import cn.perftarget.domain.rules.funds.FundSplitRule;
import cn.perftarget.domain.rules.funds.PurposeAmountsRule;
import cn.perftarget.domain.rules.funds.PurposeCopiedRule;
import cn.perftarget.domain.rules.goal.GoalCopiedRule;
import cn.perftarget.domain.rules.goal.GoalIndicatorRule;
import cn.perftarget.domain.rules.goal.GoalItemsRepeatedRule;
import cn.perftarget.domain.rules.goal.GoalPlaceholderRule;
import cn.perftarget.domain.rules.indicator.CategoryFitRule;
import cn.perftarget.domain.rules.indicator.DuplicateIndicatorsRule;
import cn.perftarget.domain.rules.indicator.EmptyTemplateRowsRule;
import cn.perftarget.domain.rules.indicator.FrameworkRule;
import cn.perftarget.domain.rules.indicator.Level3PlaceholderRule;
import cn.perftarget.domain.rules.indicator.NameDescriptionRule;
import cn.perftarget.domain.rules.indicator.RequiredCategoriesRule;
import cn.perftarget.domain.rules.indicator.ShiftedRowsRule;
import cn.perftarget.domain.rules.indicatorvalue.BasisPresentRule;
import cn.perftarget.domain.rules.indicatorvalue.CostIsMoneyRule;
import cn.perftarget.domain.rules.indicatorvalue.CostWithinBudgetRule;
import cn.perftarget.domain.rules.indicatorvalue.DirectionRule;
import cn.perftarget.domain.rules.indicatorvalue.RateBoundsRule;
import cn.perftarget.domain.rules.indicatorvalue.SatisfactionRule;
import cn.perftarget.domain.rules.indicatorvalue.UnitRequiredRule;
import cn.perftarget.domain.rules.indicatorvalue.VagueTargetRule;
import cn.perftarget.domain.rules.indicatorvalue.ValueParsesRule;
import cn.perftarget.domain.rules.plan.PlanCompleteRule;
import cn.perftarget.domain.rules.plan.PlanEndsAt100Rule;
import cn.perftarget.domain.rules.plan.PlanInPercentRule;
import cn.perftarget.domain.rules.plan.PlanMonotoneRule;
import cn.perftarget.domain.rules.plan.PlanPlausibleRule;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * All rules, in id order: their descriptions and how to build them from a region's parameters. Adding a rule means
 * one line here (its {@code INFO} and constructor).
 */
public final class RuleCatalog {

    private record Entry(RuleInfo info, Function<RuleParameters, Rule> factory) {}

    private static final List<Entry> ENTRIES = List.of(
            new Entry(GoalPlaceholderRule.INFO, GoalPlaceholderRule::new),
            new Entry(GoalItemsRepeatedRule.INFO, GoalItemsRepeatedRule::new),
            new Entry(GoalCopiedRule.INFO, GoalCopiedRule::new),
            new Entry(PurposeCopiedRule.INFO, PurposeCopiedRule::new),
            new Entry(FundSplitRule.INFO, FundSplitRule::new),
            new Entry(PurposeAmountsRule.INFO, PurposeAmountsRule::new),
            new Entry(BudgetPresentRule.INFO, BudgetPresentRule::new),
            new Entry(PlanCompleteRule.INFO, PlanCompleteRule::new),
            new Entry(PlanInPercentRule.INFO, PlanInPercentRule::new),
            new Entry(PlanMonotoneRule.INFO, PlanMonotoneRule::new),
            new Entry(PlanEndsAt100Rule.INFO, PlanEndsAt100Rule::new),
            new Entry(PlanPlausibleRule.INFO, PlanPlausibleRule::new),
            new Entry(FrameworkRule.INFO, FrameworkRule::new),
            new Entry(RequiredCategoriesRule.INFO, RequiredCategoriesRule::new),
            new Entry(EmptyTemplateRowsRule.INFO, EmptyTemplateRowsRule::new),
            new Entry(Level3PlaceholderRule.INFO, Level3PlaceholderRule::new),
            new Entry(CategoryFitRule.INFO, CategoryFitRule::new),
            new Entry(DuplicateIndicatorsRule.INFO, DuplicateIndicatorsRule::new),
            new Entry(NameDescriptionRule.INFO, NameDescriptionRule::new),
            new Entry(ShiftedRowsRule.INFO, ShiftedRowsRule::new),
            new Entry(ValueParsesRule.INFO, ValueParsesRule::new),
            new Entry(UnitRequiredRule.INFO, UnitRequiredRule::new),
            new Entry(RateBoundsRule.INFO, RateBoundsRule::new),
            new Entry(DirectionRule.INFO, DirectionRule::new),
            new Entry(CostWithinBudgetRule.INFO, CostWithinBudgetRule::new),
            new Entry(CostIsMoneyRule.INFO, CostIsMoneyRule::new),
            new Entry(VagueTargetRule.INFO, VagueTargetRule::new),
            new Entry(SatisfactionRule.INFO, SatisfactionRule::new),
            new Entry(BasisPresentRule.INFO, BasisPresentRule::new),
            new Entry(GoalIndicatorRule.INFO, GoalIndicatorRule::new),
            new Entry(DepartmentTextRule.INFO, DepartmentTextRule::new),
            new Entry(TextHygieneRule.INFO, TextHygieneRule::new));

    private static final Map<String, RuleInfo> INFOS;

    static {
        Map<String, RuleInfo> infos = new LinkedHashMap<>();
        for (Entry e : ENTRIES) {
            if (infos.put(e.info().id(), e.info()) != null) {
                throw new IllegalStateException("duplicate rule id " + e.info().id());
            }
        }
        INFOS = Collections.unmodifiableMap(infos);
    }

    private RuleCatalog() {}

    /** Every rule's description, by id, in id order. */
    public static Map<String, RuleInfo> infos() {
        return INFOS;
    }

    /** The default parameters of a rule (and of the others, which a rule may read). */
    public static RuleParameters defaults(String ruleId) {
        return new RuleParameters(INFOS, Map.of(), ruleId);
    }

    /** Every rule, built with the region's parameters (enabled or not: the validator filters). */
    public static List<Rule> create(RuleSettings settings) {
        Map<String, Map<String, Object>> overrides = settings.parameterOverrides();
        List<Rule> rules = new ArrayList<>(ENTRIES.size());
        for (Entry e : ENTRIES) {
            rules.add(e.factory()
                    .apply(new RuleParameters(INFOS, overrides, e.info().id())));
        }
        return rules;
    }
}
