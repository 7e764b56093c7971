package cn.perftarget.domain.cli;

import cn.perftarget.domain.i18n.Message;
import cn.perftarget.domain.i18n.MessageBundles;
import cn.perftarget.domain.importer.DepartmentTargets;
import cn.perftarget.domain.importer.ImportProblem;
import cn.perftarget.domain.importer.ImportedDocument;
import cn.perftarget.domain.table.MoneyCell;
import cn.perftarget.domain.table.SpendingPlan;
import cn.perftarget.domain.table.TargetTable;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The text {@code import} prints, in one language: each table's key cells as written, the department part, the
 * problems.
 */
final class ImportReport {

    private final String source;
    private final ImportedDocument document;
    private final Locale locale;
    private final MessageBundles texts = MessageBundles.domain();

    ImportReport(String source, ImportedDocument document, Locale locale) {
        this.source = source;
        this.document = document;
        this.locale = locale;
    }

    String text() {
        StringBuilder b = new StringBuilder();
        b.append(text("cli.file", source)).append('\n');
        b.append(text("cli.tables", document.tables().size())).append('\n');
        List<TargetTable> tables = document.tables();
        for (int i = 0; i < tables.size(); i++) {
            table(b, i + 1, tables.get(i));
        }
        department(b, document.department());
        problems(b, document.problems());
        return b.toString();
    }

    private void table(StringBuilder b, int number, TargetTable t) {
        b.append('\n');
        b.append('[')
                .append(number)
                .append("] ")
                .append(cell(t.projectCode()))
                .append(' ')
                .append(cell(t.projectName()))
                .append('\n');
        String unit = t.unitCode().isBlank() && t.unitName().isBlank()
                ? text("cli.import.notStated")
                : cell(t.unitCode()) + " " + cell(t.unitName());
        b.append("    ").append(text("cli.import.unit", unit)).append('\n');
        String year = t.fiscalYear() == null
                ? text("cli.import.notStated")
                : t.fiscalYear().toString();
        b.append("    ").append(text("cli.import.year", year)).append('\n');
        b.append("    ")
                .append(text("cli.import.amounts", money(t.budget()), money(t.fiscalFunds()), money(t.otherFunds())))
                .append('\n');
        StringBuilder plan = new StringBuilder();
        List<String> cells = t.plan().cells();
        for (int i = 0; i < cells.size(); i++) {
            plan.append(i == 0 ? "" : "  ")
                    .append(text(SpendingPlan.Checkpoint.of(i).labelKey()))
                    .append(' ')
                    .append(cell(cells.get(i)));
        }
        b.append("    ").append(text("cli.import.plan", plan.toString())).append('\n');
        b.append("    ")
                .append(text("cli.import.indicators", t.indicators().size()))
                .append('\n');
    }

    private void department(StringBuilder b, @Nullable DepartmentTargets d) {
        b.append('\n');
        if (d == null) {
            b.append(text("cli.import.noDepartment")).append('\n');
            return;
        }
        b.append(text(
                        "cli.import.department",
                        d.overallGoal().length(),
                        d.subTargets().size(),
                        d.measures().length()))
                .append('\n');
    }

    private void problems(StringBuilder b, List<ImportProblem> problems) {
        b.append('\n');
        if (problems.isEmpty()) {
            b.append(text("cli.import.noProblems")).append('\n');
            return;
        }
        b.append(text("cli.import.problems", problems.size())).append('\n');
        for (ImportProblem p : problems) {
            b.append("  ").append(render(p.describe())).append('\n');
        }
    }

    private String money(MoneyCell m) {
        return cell(m.text());
    }

    private String cell(String text) {
        return text.isBlank() ? text("cli.blank") : text;
    }

    private String text(String key, Object... args) {
        return texts.text(key, locale, args);
    }

    private String render(Message message) {
        return texts.render(message, locale);
    }
}
