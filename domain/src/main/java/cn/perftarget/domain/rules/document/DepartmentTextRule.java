package cn.perftarget.domain.rules.document;

import cn.perftarget.domain.i18n.Message;
import cn.perftarget.domain.importer.DepartmentTargets;
import cn.perftarget.domain.importer.SubTarget;
import cn.perftarget.domain.rules.FindingSink;
import cn.perftarget.domain.rules.Location;
import cn.perftarget.domain.rules.Rule;
import cn.perftarget.domain.rules.RuleInfo;
import cn.perftarget.domain.rules.RuleParameter;
import cn.perftarget.domain.rules.RuleParameters;
import cn.perftarget.domain.rules.Severity;
import cn.perftarget.domain.rules.TableFacts;
import cn.perftarget.domain.rules.ValidationContext;
import cn.perftarget.domain.rules.text.Texts;
import cn.perftarget.domain.table.TargetTable;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * R31: a department-level 分项绩效目标 that matches none of the project tables (by name similarity). The findings
 * concern the document, not one table: they are reported once, with the first table of the context. The part comes
 * with a pasted or uploaded document (its tables are the siblings), or as the department's stored part with the
 * department's tables of the year ({@link ValidationContext#withDepartment}; the first of them carries the findings).
 */
public final class DepartmentTextRule implements Rule {

    public static final RuleInfo INFO = RuleInfo.of(
            "R31",
            Severity.WARNING,
            "rule.R31.name",
            "rule.R31.checks",
            "rule.R31.example",
            RuleParameter.number("minSimilarity", "rule.R31.param.minSimilarity", "0.8"));

    private static final Pattern LEADING_NUMBER =
            Pattern.compile("^\\s*(?:\\d{1,2}[.．、]|[（(][一二三四五六七八九十\\d]{1,2}[)）]|[一二三四五六七八九十]{1,2}、)\\s*");

    private final double minSimilarity;

    public DepartmentTextRule(RuleParameters p) {
        this.minSimilarity = p.number("minSimilarity").doubleValue();
    }

    @Override
    public boolean readsOtherTables() {
        return true;
    }

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(TableFacts t, FindingSink out) {
        ValidationContext ctx = t.context();
        if (ctx.department().isEmpty()) {
            return;
        }
        if (!ctx.departmentTables().isEmpty()) {
            checkStored(t, ctx, out);
            return;
        }
        if (!isAnchor(t.table(), ctx)) {
            return;
        }
        List<Unmatched> unmatched;
        if (ctx.siblings().stream().anyMatch(s -> ValidationContext.sameProject(s, t.table()))) {
            // the usual case: the answer depends on the context alone, compute it once per context
            unmatched = ctx.memo(this, siblings -> unmatched(ctx.department().get(), siblings));
        } else {
            List<TargetTable> tables = new ArrayList<>(ctx.siblings());
            tables.add(t.table());
            unmatched = unmatched(ctx.department().get(), tables);
        }
        report(unmatched, out);
    }

    /** The stored part: the department's first table carries it, the validated table counts with its content. */
    private void checkStored(TableFacts t, ValidationContext ctx, FindingSink out) {
        List<TargetTable> tables = ctx.departmentTables();
        if (!ValidationContext.sameProject(tables.get(0), t.table())) {
            return;
        }
        List<TargetTable> current = new ArrayList<>(tables.size());
        for (TargetTable table : tables) {
            current.add(ValidationContext.sameProject(table, t.table()) ? t.table() : table);
        }
        report(unmatched(ctx.department().get(), current), out);
    }

    private static void report(List<Unmatched> unmatched, FindingSink out) {
        for (Unmatched u : unmatched) {
            out.report(
                    Severity.WARNING,
                    Location.departmentItem(u.item()),
                    Message.of("rule.R31.unmatched", u.title(), u.tables()));
        }
    }

    private record Unmatched(int item, String title, int tables) {}

    private List<Unmatched> unmatched(DepartmentTargets department, List<TargetTable> tables) {
        List<Unmatched> out = new ArrayList<>();
        List<SubTarget> items = department.subTargets();
        for (int k = 0; k < items.size(); k++) {
            String title = LEADING_NUMBER
                    .matcher(items.get(k).title())
                    .replaceFirst("")
                    .strip();
            if (Texts.key(title).isEmpty()) {
                continue;
            }
            boolean matched = false;
            for (TargetTable table : tables) {
                if (Texts.similarity(title, table.projectName()) >= minSimilarity) {
                    matched = true;
                    break;
                }
            }
            if (!matched) {
                out.add(new Unmatched(k, title, tables.size()));
            }
        }
        return List.copyOf(out);
    }

    /** The first table of the context (or the table itself when it is alone) carries the document's findings. */
    private static boolean isAnchor(TargetTable table, ValidationContext ctx) {
        return ctx.siblings().isEmpty()
                || ValidationContext.sameProject(ctx.siblings().get(0), table);
    }
}
