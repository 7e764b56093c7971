package cn.perftarget.domain.rules;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A region's setting of one rule.
 *
 * @param enabled    whether the rule runs
 * @param severity   replaces the rule's default severity; null keeps the default
 * @param parameters threshold and keyword-list values by parameter key (a number or a list of words); keys left out
 *                   keep the rule's defaults
 */
public record RuleSetting(boolean enabled, @Nullable Severity severity, Map<String, Object> parameters) {

    public static final RuleSetting DEFAULT = new RuleSetting(true, null, Map.of());

    public RuleSetting {
        parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
    }
}
