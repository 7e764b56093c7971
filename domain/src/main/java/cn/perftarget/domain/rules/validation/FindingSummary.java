package cn.perftarget.domain.rules.validation;

import cn.perftarget.domain.i18n.MessageBundles;
import cn.perftarget.domain.rules.Finding;
import cn.perftarget.domain.rules.RuleInfo;
import cn.perftarget.domain.rules.Severity;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Counts of findings per rule and severity, and the Markdown table of them. */
public final class FindingSummary {

    private final Map<String, int[]> counts = new TreeMap<>();
    private int tables;

    public void addTable(Collection<Finding> findings) {
        tables++;
        for (Finding f : findings) {
            counts.computeIfAbsent(f.ruleId(), k -> new int[Severity.values().length])[
                    f.severity().ordinal()]++;
        }
    }

    public int tables() {
        return tables;
    }

    public int count(String ruleId, Severity severity) {
        int[] c = counts.get(ruleId);
        return c == null ? 0 : c[severity.ordinal()];
    }

    public int total(Severity severity) {
        return counts.values().stream().mapToInt(c -> c[severity.ordinal()]).sum();
    }

    /** | 规则 | 名称 | 错误 | 警告 | 提示 | for every rule of the catalog, and a total line, in Chinese. */
    public String markdown() {
        return markdown(MessageBundles.CHINESE);
    }

    /** The table in the language of {@code locale}. */
    public String markdown(Locale locale) {
        MessageBundles texts = MessageBundles.domain();
        StringBuilder b = new StringBuilder();
        b.append("| ")
                .append(texts.text("summary.rule", locale))
                .append(" | ")
                .append(texts.text("summary.name", locale));
        for (Severity s : Severity.values()) {
            b.append(" | ").append(texts.text(s.labelKey(), locale));
        }
        b.append(" |\n|---|---|---:|---:|---:|\n");
        for (RuleInfo info : RuleCatalog.infos().values()) {
            b.append("| ").append(info.id()).append(" | ").append(texts.render(info.name(), locale));
            for (Severity s : Severity.values()) {
                b.append(" | ").append(count(info.id(), s));
            }
            b.append(" |\n");
        }
        b.append("| ")
                .append(texts.text("summary.total", locale))
                .append(" | ")
                .append(texts.text("summary.tables", locale, tables));
        for (Severity s : Severity.values()) {
            b.append(" | ").append(total(s));
        }
        b.append(" |\n");
        return b.toString();
    }
}
