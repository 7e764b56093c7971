package cn.perftarget.domain.rules;

import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/** Counts of findings per rule and severity, and the Markdown table of them. */
public final class FindingSummary {

    private final Map<String, int[]> counts = new TreeMap<>();
    private int tables;

    public void addTable(Collection<Finding> findings) {
        tables++;
        for (Finding f : findings) {
            counts.computeIfAbsent(f.ruleId(), k -> new int[Severity.values().length])[f.severity().ordinal()]++;
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

    /** | 规则 | 名称 | 错误 | 警告 | 提示 | for every rule of the catalog, and a total line. */
    public String markdown() {
        StringBuilder b = new StringBuilder();
        b.append("| 规则 | 名称 | 错误 | 警告 | 提示 |\n|---|---|---:|---:|---:|\n");
        for (RuleInfo info : RuleCatalog.infos().values()) {
            b.append("| ").append(info.id()).append(" | ").append(info.name());
            for (Severity s : Severity.values()) {
                b.append(" | ").append(count(info.id(), s));
            }
            b.append(" |\n");
        }
        b.append("| 合计 | ").append(tables).append("张表");
        for (Severity s : Severity.values()) {
            b.append(" | ").append(total(s));
        }
        b.append(" |\n");
        return b.toString();
    }
}
