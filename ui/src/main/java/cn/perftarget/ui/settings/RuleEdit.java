package cn.perftarget.ui.settings;

import cn.perftarget.domain.rules.RuleInfo;
import cn.perftarget.domain.rules.RuleParameter;
import cn.perftarget.domain.rules.RuleSetting;
import cn.perftarget.domain.rules.Severity;
import cn.perftarget.workflow.admin.settings.RuleRow;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One rule as the screen edits it: on/off, the severity (null: the rule's own), each parameter as text (a number as
 * written, words one a line or apart by 、 or commas). The workflow checks the values.
 */
final class RuleEdit {

    final RuleInfo info;
    boolean enabled;

    @Nullable
    Severity severity;

    final Map<String, String> values = new LinkedHashMap<>();

    RuleEdit(RuleRow row) {
        this.info = row.info();
        this.enabled = row.setting().enabled();
        this.severity = row.setting().severity();
        for (RuleParameter p : info.parameters()) {
            values.put(p.key(), row.valueText(p));
        }
    }

    String id() {
        return info.id();
    }

    RuleSetting setting() {
        Map<String, Object> parameters = new LinkedHashMap<>();
        for (RuleParameter p : info.parameters()) {
            String text = values.getOrDefault(p.key(), "");
            parameters.put(p.key(), p.type() == RuleParameter.Type.NUMBER ? text.strip() : words(text));
        }
        return new RuleSetting(enabled, severity, parameters);
    }

    private static List<String> words(String text) {
        return Arrays.stream(text.split("[\\n,，、;；]"))
                .map(String::strip)
                .filter(w -> !w.isEmpty())
                .toList();
    }
}
