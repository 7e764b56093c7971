package cn.perftarget.domain.rules;

import cn.perftarget.domain.rules.text.Keywords;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The effective parameters a rule is built with: the region's values where set, the rule's defaults elsewhere.
 * A rule may read another rule's parameters when the two share a definition (R21 leaves R27's vague words to R27).
 */
public final class RuleParameters {

    private final Map<String, RuleInfo> infos;
    private final Map<String, Map<String, Object>> overrides;
    private final String ruleId;

    /**
     * @param infos     every rule's description, by id (the defaults)
     * @param overrides the region's values by rule id and parameter key
     * @param ruleId    the rule being built
     */
    public RuleParameters(Map<String, RuleInfo> infos, Map<String, Map<String, Object>> overrides, String ruleId) {
        this.infos = infos;
        this.overrides = overrides;
        this.ruleId = ruleId;
    }

    /** The parameters of another rule, in the same settings. */
    public RuleParameters of(String otherRuleId) {
        return new RuleParameters(infos, overrides, otherRuleId);
    }

    public BigDecimal number(String key) {
        Object v = value(key);
        if (v instanceof BigDecimal d) {
            return d;
        }
        if (v instanceof Number n) {
            return new BigDecimal(n.toString());
        }
        return new BigDecimal(v.toString().trim());
    }

    public List<String> words(String key) {
        Object v = value(key);
        if (v instanceof List<?> list) {
            return list.stream()
                    .map(String::valueOf)
                    .map(String::trim)
                    .filter(s -> !s.isEmpty())
                    .toList();
        }
        return List.of(v.toString().split("[、,，\\s]+"));
    }

    /** The words compiled for searching. */
    public Keywords keywords(String key) {
        return new Keywords(words(key));
    }

    /** The words as an array. */
    public String[] wordArray(String key) {
        return words(key).toArray(String[]::new);
    }

    private Object value(String key) {
        Map<String, Object> mine = overrides.get(ruleId);
        if (mine != null && mine.containsKey(key) && mine.get(key) != null) {
            return mine.get(key);
        }
        RuleInfo info = infos.get(ruleId);
        if (info == null) {
            throw new IllegalArgumentException("unknown rule " + ruleId);
        }
        return info.parameters().stream()
                .filter(p -> p.key().equals(key))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("rule " + ruleId + " has no parameter " + key))
                .defaultValue();
    }
}
