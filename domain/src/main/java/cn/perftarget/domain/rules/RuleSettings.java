package cn.perftarget.domain.rules;

import cn.perftarget.domain.value.ValueParser;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The rule configuration of a region (区划): per rule on/off, severity override, thresholds and keyword lists, and
 * the grade list of qualitative 指标值. Rules without a setting use the defaults of the spec.
 *
 * @param regionCode the region, or "" for the defaults
 * @param rules      settings by rule id
 * @param grades     the configured grade list (好 / 较好 / 一般 …)
 */
public record RuleSettings(String regionCode, Map<String, RuleSetting> rules, List<String> grades) {

    private static final RuleSettings DEFAULTS = new RuleSettings("", Map.of(), ValueParser.DEFAULT_GRADES);

    public RuleSettings {
        regionCode = regionCode == null ? "" : regionCode;
        rules = rules == null ? Map.of() : Map.copyOf(rules);
        grades = grades == null || grades.isEmpty() ? ValueParser.DEFAULT_GRADES : List.copyOf(grades);
    }

    public static RuleSettings defaults() {
        return DEFAULTS;
    }

    public RuleSetting forRule(String ruleId) {
        return rules.getOrDefault(ruleId, RuleSetting.DEFAULT);
    }

    /** The parameter values set for each rule (for {@code RuleCatalog}). */
    public Map<String, Map<String, Object>> parameterOverrides() {
        Map<String, Map<String, Object>> out = new HashMap<>();
        rules.forEach((id, s) -> out.put(id, s.parameters()));
        return out;
    }

    public RuleSettings with(String ruleId, RuleSetting setting) {
        Map<String, RuleSetting> copy = new HashMap<>(rules);
        copy.put(ruleId, setting);
        return new RuleSettings(regionCode, copy, grades);
    }

    public RuleSettings disable(String ruleId) {
        RuleSetting s = forRule(ruleId);
        return with(ruleId, new RuleSetting(false, s.severity(), s.parameters()));
    }

    public RuleSettings withSeverity(String ruleId, Severity severity) {
        RuleSetting s = forRule(ruleId);
        return with(ruleId, new RuleSetting(s.enabled(), severity, s.parameters()));
    }

    public RuleSettings withParameter(String ruleId, String key, Object value) {
        RuleSetting s = forRule(ruleId);
        Map<String, Object> params = new HashMap<>(s.parameters());
        params.put(key, value);
        return with(ruleId, new RuleSetting(s.enabled(), s.severity(), params));
    }

    public RuleSettings withGrades(List<String> newGrades) {
        return new RuleSettings(regionCode, rules, newGrades);
    }
}
