package cn.perftarget.domain.cli;

import cn.perftarget.domain.i18n.Labelled;
import cn.perftarget.domain.i18n.Message;
import cn.perftarget.domain.i18n.MessageBundles;
import cn.perftarget.domain.rules.Finding;
import cn.perftarget.domain.rules.Fix;
import cn.perftarget.domain.rules.Location;
import cn.perftarget.domain.rules.RuleInfo;
import cn.perftarget.domain.rules.Severity;
import cn.perftarget.domain.rules.validation.DocumentValidation.TableFindings;
import cn.perftarget.domain.rules.validation.GradeSuggestion;
import cn.perftarget.domain.rules.validation.RuleCatalog;
import cn.perftarget.domain.table.TargetTable;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What {@code validate} prints: every finding of every table, as text or as JSON, in one language. The JSON keeps
 * its machine fields whatever the language (rule id, severity and location names, each message's key and
 * arguments) beside the rendered texts.
 */
final class ValidationReport {

    private final String source;
    private final List<TableFindings> tables;
    private final Locale locale;
    private final MessageBundles texts = MessageBundles.domain();

    ValidationReport(String source, List<TableFindings> tables, Locale locale) {
        this.source = source;
        this.tables = tables;
        this.locale = locale;
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
        b.append(text("cli.file", source)).append('\n');
        b.append(text("cli.tables", tables.size())).append('\n');
        for (TableFindings t : tables) {
            TargetTable table = t.table();
            b.append('\n')
                    .append('[')
                    .append(t.index() + 1)
                    .append("] ")
                    .append(table.projectName().strip());
            if (!table.projectCode().isBlank()) {
                b.append(text("cli.validate.code", table.projectCode().strip()));
            }
            b.append('\n');
            if (t.findings().isEmpty()) {
                b.append("  ").append(text("cli.validate.none")).append('\n');
            }
            for (Finding f : t.findings()) {
                b.append("  ")
                        .append(text(
                                "cli.validate.finding",
                                f.severity(),
                                f.ruleId(),
                                ruleName(f.ruleId()),
                                f.location().describe(),
                                f.message()));
                Fix fix = f.fix();
                if (fix != null) {
                    b.append(text("cli.validate.fix", fix.label()));
                }
                b.append('\n');
            }
            GradeSuggestion g = GradeSuggestion.from(t.findings());
            b.append("  ").append(text("cli.validate.grade", g.grade())).append('\n');
        }
        Map<Severity, Integer> totals = totals();
        b.append('\n')
                .append(text(
                        "cli.validate.totals",
                        totals.getOrDefault(Severity.ERROR, 0),
                        totals.getOrDefault(Severity.WARNING, 0),
                        totals.getOrDefault(Severity.INFO, 0)))
                .append('\n');
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
            m.put("suggestedGrade", render(g.grade().label()));
            m.put("suggestedGradeId", g.grade().name());
            m.put("gradeReasons", g.reasons().stream().map(this::render).toList());
            List<Object> findings = new ArrayList<>();
            for (Finding f : t.findings()) {
                Map<String, @Nullable Object> fm = new LinkedHashMap<>();
                fm.put("ruleId", f.ruleId());
                fm.put("ruleName", ruleName(f.ruleId()));
                fm.put("severity", f.severity().name());
                fm.put("message", render(f.message()));
                fm.put("key", f.message().key());
                fm.put("args", arguments(f.message()));
                fm.put("location", location(f.location()));
                Fix fix = f.fix();
                fm.put("fix", fix == null ? null : render(fix.label()));
                fm.put("fixKey", fix == null ? null : fix.label().key());
                fm.put("fixArgs", fix == null ? null : arguments(fix.label()));
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
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * {@code field} (a field name, {@code PLAN}, {@code INDICATORS}, {@code INDICATOR} for a row,
     * {@code DEPARTMENT_TARGET}), {@code index} (plan checkpoint, row or item, 0-based), {@code column}, and the
     * rendered {@code label}.
     */
    private Map<String, Object> location(Location l) {
        String field;
        Integer index = null;
        String column = null;
        if (l instanceof Location.Field f) {
            var checkpoint = f.field().checkpoint();
            field = checkpoint.isPresent() ? "PLAN" : f.field().name();
            index = checkpoint.map(Enum::ordinal).orElse(null);
        } else if (l instanceof Location.Plan) {
            field = "PLAN";
        } else if (l instanceof Location.Indicators) {
            field = "INDICATORS";
        } else if (l instanceof Location.Row r) {
            field = "INDICATOR";
            index = r.index();
            column = r.column() == null ? null : r.column().name();
        } else {
            field = "DEPARTMENT_TARGET";
            index = ((Location.DepartmentItem) l).index();
        }
        Map<String, Object> loc = new LinkedHashMap<>();
        loc.put("field", field);
        loc.put("index", index);
        loc.put("column", column);
        loc.put("label", render(l.describe()));
        return loc;
    }

    /** The arguments as data: texts as {@code {key, args}}, named values as {@code {key}}, lists as arrays. */
    private static List<Object> arguments(Message message) {
        return message.args().stream().map(ValidationReport::argument).toList();
    }

    private static Object argument(Object arg) {
        if (arg instanceof Message m) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("key", m.key());
            out.put("args", arguments(m));
            return out;
        }
        if (arg instanceof Labelled l) {
            return Map.of("key", l.labelKey());
        }
        if (arg instanceof List<?> list) {
            return list.stream().map(ValidationReport::argument).toList();
        }
        if (arg instanceof Number || arg instanceof Boolean) {
            return arg;
        }
        return String.valueOf(arg);
    }

    private String ruleName(String id) {
        RuleInfo info = RuleCatalog.infos().get(id);
        return info == null ? "" : render(info.name());
    }

    private String text(String key, Object... args) {
        return texts.text(key, locale, args);
    }

    private String render(Message message) {
        return texts.render(message, locale);
    }
}
