package cn.perftarget.ui.importing;

import cn.perftarget.domain.i18n.Message;
import cn.perftarget.domain.importer.ImportProblem;
import cn.perftarget.domain.importer.ImportedDocument;
import cn.perftarget.domain.table.TargetTable;
import cn.perftarget.ui.i18n.TranslationProvider;
import cn.perftarget.workflow.approval.FileReading;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the importer recognised in the pasted text or the uploaded files, before anything is stored: each table's file,
 * code, name, unit, year, amounts, plan and number of indicators (a table of another unit is marked: it will not be
 * imported), the problems with their places (line numbers; table n, row, column of a Word file; sheet, row, column of
 * an Excel file), and each refused file with its reason.
 */
final class RecognisedTables extends VerticalLayout {

    /**
     * @param file the file the table is in, null for pasted text
     */
    record Line(int number, @Nullable String file, TargetTable table, boolean otherUnit) {}

    private final Span summary = new Span();
    private final Grid<Line> grid = new Grid<>();
    private final Div problems = new Div();
    private final Grid.Column<Line> fileColumn;
    private List<Line> lines = List.of();
    /** The documents shown, for the download of their findings (which runs outside the UI's lock). */
    private volatile List<ImportedDocument> documents = List.of();

    RecognisedTables() {
        setPadding(false);
        setId("import-recognised");
        summary.setId("import-summary");
        grid.setId("import-tables");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.addColumn(Line::number).setHeader("#").setAutoWidth(true).setFlexGrow(0);
        fileColumn = grid.addColumn(l -> l.file() == null ? "" : l.file())
                .setHeader(getTranslation("import.col.file"))
                .setAutoWidth(true);
        grid.addColumn(l -> l.table().projectCode())
                .setHeader(getTranslation("tables.col.code"))
                .setAutoWidth(true);
        grid.addColumn(l -> l.table().projectName())
                .setHeader(getTranslation("tables.col.name"))
                .setFlexGrow(2);
        grid.addColumn(l -> (l.table().unitCode() + (l.otherUnit() ? " " + getTranslation("import.otherUnit") : "")))
                .setHeader(getTranslation("import.col.unit"))
                .setAutoWidth(true);
        grid.addColumn(l -> l.table().fiscalYear() == null
                        ? ""
                        : String.valueOf(l.table().fiscalYear()))
                .setHeader(getTranslation("tables.col.year"))
                .setAutoWidth(true);
        grid.addColumn(l -> amounts(l.table()))
                .setHeader(getTranslation("import.col.amounts"))
                .setAutoWidth(true);
        grid.addColumn(l -> String.join(" / ", l.table().plan().cells()))
                .setHeader(getTranslation("import.col.plan"))
                .setAutoWidth(true);
        grid.addColumn(l -> l.table().indicators().size())
                .setHeader(getTranslation("import.col.indicators"))
                .setAutoWidth(true);
        problems.setId("import-problems");
        add(summary, grid, problems);
        setVisible(false);
    }

    void show(ImportedDocument doc, String ownUnitCode) {
        lines = new ArrayList<>();
        for (TargetTable t : doc.tables()) {
            lines.add(line(null, t, ownUnitCode));
        }
        problems.removeAll();
        for (ImportProblem p : doc.problems()) {
            problem(TranslationProvider.text(p.describe()), "import-problem");
        }
        documents = List.of(doc);
        finish(doc.problems().size(), false);
    }

    /** What each uploaded file holds, numbered through the files; a refused file is said with its reason. */
    void showFiles(List<FileReading> readings, String ownUnitCode) {
        lines = new ArrayList<>();
        problems.removeAll();
        List<ImportedDocument> read = new ArrayList<>();
        int count = 0;
        for (FileReading r : readings) {
            Message refusal = r.refusal();
            ImportedDocument doc = r.document();
            if (refusal != null || doc == null) {
                problem(refusal == null ? r.fileName() : TranslationProvider.text(refusal), "import-refused");
                count++;
                continue;
            }
            read.add(doc);
            for (TargetTable t : doc.tables()) {
                lines.add(line(r.fileName(), t, ownUnitCode));
            }
            for (ImportProblem p : doc.problems()) {
                problem(
                        getTranslation("import.fileProblem", r.fileName(), TranslationProvider.text(p.describe())),
                        "import-problem");
                count++;
            }
        }
        documents = List.copyOf(read);
        finish(count, true);
    }

    private Line line(@Nullable String file, TargetTable t, String ownUnitCode) {
        boolean other = !t.unitCode().isBlank() && !t.unitCode().strip().equals(ownUnitCode);
        return new Line(lines.size() + 1, file, t, other);
    }

    private void problem(String text, String className) {
        Div item = new Div(text);
        item.addClassName(className);
        item.getStyle().set("color", "var(--lumo-error-text-color)").set("font-size", "var(--lumo-font-size-s)");
        problems.add(item);
    }

    private void finish(int problemCount, boolean files) {
        lines = List.copyOf(lines);
        grid.setItems(lines);
        fileColumn.setVisible(files);
        long own = lines.stream().filter(l -> !l.otherUnit()).count();
        summary.setText(getTranslation("import.summary", lines.size(), own, problemCount));
        setVisible(true);
    }

    /** The documents last shown (none while nothing is). */
    List<ImportedDocument> documents() {
        return documents;
    }

    List<Line> lines() {
        return lines;
    }

    private static String amounts(TargetTable t) {
        return t.budget().text() + " = " + t.fiscalFunds().text() + " + "
                + t.otherFunds().text();
    }
}
