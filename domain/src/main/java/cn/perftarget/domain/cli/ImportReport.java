package cn.perftarget.domain.cli;

import cn.perftarget.domain.importer.DepartmentTargets;
import cn.perftarget.domain.importer.ImportProblem;
import cn.perftarget.domain.importer.ImportedDocument;
import cn.perftarget.domain.table.MoneyCell;
import cn.perftarget.domain.table.SpendingPlan;
import cn.perftarget.domain.table.TargetTable;

import java.util.List;

/** The text {@code import} prints: each table's key cells as written, the department part, the problems. */
final class ImportReport {

    private static final String BLANK = "（空）";

    private final String source;
    private final ImportedDocument document;

    ImportReport(String source, ImportedDocument document) {
        this.source = source;
        this.document = document;
    }

    String text() {
        StringBuilder b = new StringBuilder();
        b.append("文件：").append(source).append('\n');
        b.append("绩效目标表：").append(document.tables().size()).append(" 张\n");
        List<TargetTable> tables = document.tables();
        for (int i = 0; i < tables.size(); i++) {
            table(b, i + 1, tables.get(i));
        }
        department(b, document.department());
        problems(b, document.problems());
        return b.toString();
    }

    private static void table(StringBuilder b, int number, TargetTable t) {
        b.append('\n');
        b.append('[').append(number).append("] ").append(cell(t.projectCode())).append(' ')
                .append(cell(t.projectName())).append('\n');
        b.append("    单位：").append(t.unitCode().isBlank() && t.unitName().isBlank() ? "（文中未写明）"
                : (cell(t.unitCode()) + " " + cell(t.unitName()))).append('\n');
        b.append("    年度：").append(t.fiscalYear() == null ? "（文中未写明）" : t.fiscalYear().toString()).append('\n');
        b.append("    预算数：").append(money(t.budget()))
                .append("  其中财政资金：").append(money(t.fiscalFunds()))
                .append("  其他资金：").append(money(t.otherFunds())).append('\n');
        b.append("    资金支出计划（%）：");
        List<String> cells = t.plan().cells();
        for (int i = 0; i < cells.size(); i++) {
            b.append(i == 0 ? "" : "  ").append(SpendingPlan.CHECKPOINTS.get(i)).append(' ').append(cell(cells.get(i)));
        }
        b.append('\n');
        b.append("    指标：").append(t.indicators().size()).append(" 行\n");
    }

    private static void department(StringBuilder b, DepartmentTargets d) {
        b.append('\n');
        if (d == null) {
            b.append("部门整体绩效目标：无\n");
            return;
        }
        b.append("部门整体绩效目标：总体绩效目标 ").append(d.overallGoal().length()).append(" 字，分项绩效目标 ")
                .append(d.subTargets().size()).append(" 项，保障措施 ").append(d.measures().length()).append(" 字\n");
    }

    private static void problems(StringBuilder b, List<ImportProblem> problems) {
        b.append('\n');
        if (problems.isEmpty()) {
            b.append("无法读取的内容：无\n");
            return;
        }
        b.append("无法读取的内容（").append(problems.size()).append(" 处）：\n");
        for (ImportProblem p : problems) {
            b.append("  ").append(p).append('\n');
        }
    }

    private static String money(MoneyCell m) {
        return cell(m.text());
    }

    private static String cell(String text) {
        return text.isBlank() ? BLANK : text;
    }
}
