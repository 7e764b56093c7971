package cn.perftarget.ui.editor;

import cn.perftarget.domain.table.IndicatorColumn;
import cn.perftarget.domain.table.IndicatorRow;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** 绩效指标: the indicator rows, one line each, grouped under 一级 › 二级 headings; rows can be inserted and removed. */
final class IndicatorSection extends VerticalLayout {

    private final FrameworkPicks picks;
    private final ChangeGate gate;
    private final Div rowsBox = new Div();
    private final Button add = new Button();
    private final List<IndicatorRowEditor> editors = new ArrayList<>();

    IndicatorSection(FrameworkPicks picks, ChangeGate gate) {
        this.picks = picks;
        this.gate = gate;
        setId("indicators");
        setPadding(false);
        setSpacing(false);
        Span framework = new Span(getTranslation("editor.indicators.framework", picks.frameworkName()));
        framework
                .getStyle()
                .set("color", "var(--lumo-secondary-text-color)")
                .set("font-size", "var(--lumo-font-size-s)");
        Div header = new Div();
        header.getStyle()
                .set("display", "grid")
                .set("grid-template-columns", IndicatorRowEditor.COLUMNS)
                .set("gap", "var(--lumo-space-xs)")
                .set("font-size", "var(--lumo-font-size-s)")
                .set("color", "var(--lumo-secondary-text-color)");
        for (IndicatorColumn column : List.of(
                IndicatorColumn.LEVEL1, IndicatorColumn.LEVEL2, IndicatorColumn.LEVEL3, IndicatorColumn.VALUE)) {
            header.add(new Span(getTranslation(column.labelKey())));
        }
        header.add(new Span());
        Span description = new Span(getTranslation(IndicatorColumn.DESCRIPTION.labelKey()));
        description.getStyle().set("grid-column", IndicatorRowEditor.DESCRIPTION_SPAN);
        Span basis = new Span(getTranslation(IndicatorColumn.BASIS.labelKey()));
        basis.getStyle().set("grid-column", IndicatorRowEditor.BASIS_SPAN);
        header.add(description, basis);
        header.setWidthFull();
        rowsBox.setWidthFull();
        add.setText(getTranslation("editor.row.add"));
        add.setIcon(VaadinIcon.PLUS.create());
        add.setId("indicator-add");
        add.addClickListener(e -> {
            IndicatorRow last =
                    editors.isEmpty() ? null : editors.get(editors.size() - 1).value();
            insertAt(
                    editors.size(),
                    last == null
                            ? IndicatorRow.of("", "", "", "", "", "")
                            : IndicatorRow.of(last.level1(), last.level2(), "", "", "", ""));
        });
        add(new H3(getTranslation("editor.section.indicators")), framework, header, rowsBox, add);
    }

    void show(List<IndicatorRow> rows) {
        while (editors.size() > rows.size()) {
            rowsBox.remove(editors.remove(editors.size() - 1));
        }
        while (editors.size() < rows.size()) {
            IndicatorRowEditor editor = newEditor();
            editors.add(editor);
            rowsBox.add(editor);
        }
        for (int i = 0; i < rows.size(); i++) {
            editors.get(i).show(rows.get(i));
        }
        updateGroups();
    }

    List<IndicatorRow> value() {
        return editors.stream().map(IndicatorRowEditor::value).toList();
    }

    List<IndicatorRowEditor> rows() {
        return List.copyOf(editors);
    }

    /** Headings above the first row of each 一级/二级 group, and row numbers for the findings' locations. */
    void updateGroups() {
        String previous = null;
        for (int i = 0; i < editors.size(); i++) {
            IndicatorRowEditor editor = editors.get(i);
            IndicatorRow row = editor.value();
            String group = row.level1().strip() + " › " + row.level2().strip();
            editor.setHeading(Objects.equals(group, previous) ? null : group);
            editor.getElement().setAttribute("data-row", String.valueOf(i + 1));
            previous = group;
        }
    }

    void focus(int row, @Nullable IndicatorColumn column) {
        editors.forEach(e -> e.setHighlighted(false));
        if (row < 0 || row >= editors.size()) {
            add.focus();
            return;
        }
        IndicatorRowEditor editor = editors.get(row);
        editor.setHighlighted(true);
        editor.scrollIntoView();
        editor.focus(column);
    }

    void setReadOnly(boolean readOnly) {
        editors.forEach(e -> e.setReadOnly(readOnly));
        add.setVisible(!readOnly);
    }

    private IndicatorRowEditor newEditor() {
        return new IndicatorRowEditor(picks, gate, this::insertBelow, this::remove);
    }

    private void insertBelow(IndicatorRowEditor editor) {
        IndicatorRow row = editor.value();
        insertAt(editors.indexOf(editor) + 1, IndicatorRow.of(row.level1(), row.level2(), "", "", "", ""));
    }

    private void insertAt(int index, IndicatorRow row) {
        IndicatorRowEditor editor = newEditor();
        gate.muted(() -> editor.show(row));
        editors.add(index, editor);
        rowsBox.addComponentAtIndex(index, editor);
        updateGroups();
        gate.fire();
        editor.focus(IndicatorColumn.LEVEL3);
    }

    private void remove(IndicatorRowEditor editor) {
        editors.remove(editor);
        rowsBox.remove(editor);
        updateGroups();
        gate.fire();
    }
}
