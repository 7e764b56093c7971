package cn.perftarget.ui.importing;

import cn.perftarget.domain.importer.ImportProblem;
import cn.perftarget.domain.importer.ImportedDocument;
import cn.perftarget.domain.table.TargetTable;
import cn.perftarget.ui.i18n.TranslationProvider;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.stream.IntStream;

/**
 * What the importer recognised in the pasted text, before anything is stored: each table's code, name, unit, year,
 * amounts, plan and number of indicators (a table of another unit is marked: it will not be imported), and the
 * problems with their line numbers.
 */
final class RecognisedTables extends VerticalLayout {

    record Line(int number, TargetTable table, boolean otherUnit) {}

    private final Span summary = new Span();
    private final Grid<Line> grid = new Grid<>();
    private final Div problems = new Div();
    private List<Line> lines = List.of();

    RecognisedTables() {
        setPadding(false);
        setId("import-recognised");
        summary.setId("import-summary");
        grid.setId("import-tables");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.addColumn(Line::number).setHeader("#").setAutoWidth(true).setFlexGrow(0);
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
        lines = IntStream.range(0, doc.tables().size())
                .mapToObj(i -> {
                    TargetTable t = doc.tables().get(i);
                    boolean other =
                            !t.unitCode().isBlank() && !t.unitCode().strip().equals(ownUnitCode);
                    return new Line(i + 1, t, other);
                })
                .toList();
        grid.setItems(lines);
        long own = lines.stream().filter(l -> !l.otherUnit()).count();
        summary.setText(getTranslation(
                "import.summary", lines.size(), own, doc.problems().size()));
        problems.removeAll();
        for (ImportProblem p : doc.problems()) {
            Div item = new Div(TranslationProvider.text(p.describe()));
            item.addClassName("import-problem");
            item.getStyle().set("color", "var(--lumo-error-text-color)").set("font-size", "var(--lumo-font-size-s)");
            problems.add(item);
        }
        setVisible(true);
    }

    List<Line> lines() {
        return lines;
    }

    private static String amounts(TargetTable t) {
        return t.budget().text() + " = " + t.fiscalFunds().text() + " + "
                + t.otherFunds().text();
    }
}
