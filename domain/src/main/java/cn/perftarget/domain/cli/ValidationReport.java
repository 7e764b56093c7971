package cn.perftarget.domain.cli;

import cn.perftarget.domain.rules.DocumentValidation.TableFindings;
import cn.perftarget.domain.rules.Finding;
import cn.perftarget.domain.rules.GradeSuggestion;
import cn.perftarget.domain.rules.RuleCatalog;
import cn.perftarget.domain.rules.RuleInfo;
import cn.perftarget.domain.rules.Severity;
import cn.perftarget.domain.table.TargetTable;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What {@code validate} prints: every finding of every table, as text or as JSON. */
final class ValidationReport {

    private final String source;
    private final List<TableFindings> tables;

    ValidationReport(String source, List<TableFindings> tables) {
        this.source = source;
        this.tables = tables;
    }

    boolean hasErrors() {
        return tables.stream().flatMap(t -> t.findings().stream()).anyMatch(f -> f.severity() == Severity.ERROR);
    }

    Map<Severity, Integer> totals() {
        Map<Severity, Integer> totals = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
            totals.put(s, 0);
        }
        tables.forEach(t -> t.findings().forEach(f -> totals.merge(f.severity(), 1, Integer::sum)));
        return totals;
    }

    String text() {
        StringBuilder b = new StringBuilder();
        b.append("文件：").append(source).append('\n');
        b.append("绩效目标表：").append(tables.size()).append(" 张\n");
        for (TableFindings t : tables) {
            TargetTable table = t.table();
            b.append('\n').append('[').append(t.index() + 1).append("] ").append(table.projectName().strip());
            if (!table.projectCode().isBlank()) {
                b.append("（").append(table.projectCode().strip()).append("）");
            }
            b.append('\n');
            if (t.findings().isEmpty()) {
                b.append("  未发现问题\n");
            }
            for (Finding f : t.findings()) {
                b.append("  [").append(f.severity().label()).append("] ").append(f.ruleId()).append(' ')
                        .append(ruleName(f.ruleId())).append(" · ").append(f.location().describe()).append("：")
                        .append(f.message());
                if (f.hasFix()) {
                    b.append("（可一键修正：").append(f.fix().label()).append("）");
                }
                b.append('\n');
            }
            GradeSuggestion g = GradeSuggestion.from(t.findings());
            b.append("  建议评级：").append(g.grade().label()).append('\n');
        }
        Map<Severity, Integer> totals = totals();
        b.append("\n合计：错误 ").append(totals.get(Severity.ERROR)).append("，警告 ").append(totals.get(Severity.WARNING))
                .append("，提示 ").append(totals.get(Severity.INFO)).append('\n');
        return b.toString();
    }

    String json() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("file", source);
        List<Object> list = new ArrayList<>();
        for (TableFindings t : tables) {
            TargetTable table = t.table();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("index", t.index() + 1);
            m.put("projectCode", table.projectCode().strip());
            m.put("projectName", table.projectName().strip());
            m.put("unitCode", table.unitCode());
            m.put("fiscalYear", table.fiscalYear());
            GradeSuggestion g = GradeSuggestion.from(t.findings());
            m.put("suggestedGrade", g.grade().label());
            m.put("gradeReasons", g.reasons());
            List<Object> findings = new ArrayList<>();
            for (Finding f : t.findings()) {
                Map<String, Object> fm = new LinkedHashMap<>();
                fm.put("ruleId", f.ruleId());
                fm.put("ruleName", ruleName(f.ruleId()));
                fm.put("severity", f.severity().name());
                fm.put("message", f.message());
                Map<String, Object> loc = new LinkedHashMap<>();
                loc.put("field", f.location().field().name());
                loc.put("index", f.location().index() < 0 ? null : f.location().index());
                loc.put("column", f.location().column() == null ? null : f.location().column().name());
                loc.put("label", f.location().describe());
                fm.put("location", loc);
                fm.put("fix", f.hasFix() ? f.fix().label() : null);
                findings.add(fm);
            }
            m.put("findings", findings);
            list.add(m);
        }
        root.put("tables", list);
        Map<String, Integer> totals = new LinkedHashMap<>();
        totals().forEach((s, n) -> totals.put(s.name(), n));
        root.put("totals", totals);
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String ruleName(String id) {
        RuleInfo info = RuleCatalog.infos().get(id);
        return info == null ? "" : info.name();
    }
}
