package cn.perftarget.workflow.admin.settings;

import cn.perftarget.domain.rules.RuleInfo;
import cn.perftarget.domain.rules.RuleParameter;
import cn.perftarget.domain.rules.RuleSetting;
import java.util.List;

/**
 * One rule as the region has it: what the rule is, and its setting (on/off, the severity override or null for the
 * rule's own, the parameter values set; a parameter not set has its default).
 */
public record RuleRow(RuleInfo info, RuleSetting setting) {

    /** The value in force of a parameter: the region's, or the default ({@code BigDecimal} or {@code List<String>}). */
    public Object value(RuleParameter parameter) {
        Object set = setting.parameters().get(parameter.key());
        return set != null ? set : parameter.defaultValue();
    }

    /** The value of a parameter as the screen edits it: a number as written, words one a line. */
    public String valueText(RuleParameter parameter) {
        Object v = value(parameter);
        if (v instanceof java.math.BigDecimal d) {
            return d.toPlainString();
        }
        if (v instanceof List<?> words) {
            return String.join("\n", words.stream().map(String::valueOf).toList());
        }
        return String.valueOf(v);
    }
}
