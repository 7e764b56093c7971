package cn.perftarget.ui.editor;

import cn.perftarget.domain.table.IndicatorColumn;
import cn.perftarget.domain.table.IndicatorRow;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextAreaVariant;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldVariant;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * One indicator row edited in place: 一级 and 二级 picked from the framework, 三级 / 描述 / 指标值 / 依据 typed. A
 * group heading (一级 › 二级) shows above the first row of each group.
 */
final class IndicatorRowEditor extends Div {

    /** Two lines per row: 一级 | 二级 | 三级 | 指标值 | buttons, then 描述 (under 一级/二级) | 依据 (under the rest). */
    static final String COLUMNS = "8em 9.5em minmax(7em,1fr) 7.5em auto";

    static final String DESCRIPTION_SPAN = "1 / 3";
    static final String BASIS_SPAN = "3 / 6";

    static final String JUMP_TARGET = "jump-target";

    private final FrameworkPicks picks;
    private final Div heading = new Div();
    private final ComboBox<String> level1 = new ComboBox<>();
    private final ComboBox<String> level2 = new ComboBox<>();
    private final TextField level3 = new TextField();
    private final TextArea description = new TextArea();
    private final TextField value = new TextField();
    private final TextArea basis = new TextArea();
    private final Button insert = new Button(VaadinIcon.PLUS.create());
    private final Button remove = new Button(VaadinIcon.TRASH.create());

    IndicatorRowEditor(
            FrameworkPicks picks,
            ChangeGate gate,
            Consumer<IndicatorRowEditor> insertBelow,
            Consumer<IndicatorRowEditor> removeThis) {
        this.picks = picks;
        addClassName("indicator-row");
        heading.addClassName("indicator-group");
        heading.getStyle()
                .set("font-weight", "600")
                .set("margin-top", "var(--lumo-space-m)")
                .set("color", "var(--lumo-primary-text-color)");

        level1.setItems(picks.level1Names());
        level1.setAriaLabel(getTranslation(IndicatorColumn.LEVEL1.labelKey()));
        level1.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                String keep = level2.getValue();
                List<String> allowed = picks.level2Names(e.getValue());
                setItems(level2, allowed, null);
                level2.setValue(allowed.contains(keep) ? keep : null);
            }
            gate.fire();
        });
        level2.setAriaLabel(getTranslation(IndicatorColumn.LEVEL2.labelKey()));
        level2.addValueChangeListener(e -> gate.fire());
        for (TextField f : List.of(level3, value)) {
            f.setValueChangeMode(ValueChangeMode.LAZY);
            f.addValueChangeListener(e -> gate.fire());
            f.addThemeVariants(TextFieldVariant.LUMO_SMALL);
        }
        for (TextArea f : List.of(description, basis)) {
            f.setValueChangeMode(ValueChangeMode.LAZY);
            f.addValueChangeListener(e -> gate.fire());
            f.addThemeVariants(TextAreaVariant.LUMO_SMALL);
        }
        level3.setAriaLabel(getTranslation(IndicatorColumn.LEVEL3.labelKey()));
        description.setAriaLabel(getTranslation(IndicatorColumn.DESCRIPTION.labelKey()));
        value.setAriaLabel(getTranslation(IndicatorColumn.VALUE.labelKey()));
        basis.setAriaLabel(getTranslation(IndicatorColumn.BASIS.labelKey()));
        level1.addClassName("col-level1");
        level2.addClassName("col-level2");
        level3.addClassName("col-level3");
        description.addClassName("col-description");
        value.addClassName("col-value");
        basis.addClassName("col-basis");

        insert.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        insert.getElement().setAttribute("title", getTranslation("editor.row.insert"));
        insert.addClassName("row-insert");
        insert.addClickListener(e -> insertBelow.accept(this));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        remove.getElement().setAttribute("title", getTranslation("editor.row.remove"));
        remove.addClassName("row-remove");
        remove.addClickListener(e -> removeThis.accept(this));

        Div buttons = new Div(insert, remove);
        buttons.getStyle().set("white-space", "nowrap");
        Div cells = new Div(level1, level2, level3, value, buttons, description, basis);
        cells.getStyle()
                .set("display", "grid")
                .set("grid-template-columns", COLUMNS)
                .set("gap", "0 var(--lumo-space-xs)")
                .set("align-items", "start");
        cells.getChildren().forEach(c -> ((com.vaadin.flow.component.HasSize) c).setWidthFull());
        description.getStyle().set("grid-column", DESCRIPTION_SPAN);
        basis.getStyle().set("grid-column", BASIS_SPAN);
        getStyle()
                .set("border-bottom", "1px solid var(--lumo-contrast-10pct)")
                .set("padding-bottom", "var(--lumo-space-xs)");
        add(heading, cells);
    }

    void show(IndicatorRow row) {
        setItems(level1, picks.level1Names(), row.level1());
        level1.setValue(blankToNull(row.level1()));
        setItems(level2, picks.level2Names(row.level1()), row.level2());
        level2.setValue(blankToNull(row.level2()));
        level3.setValue(row.level3());
        description.setValue(row.description());
        value.setValue(row.valueText());
        basis.setValue(row.basis());
    }

    IndicatorRow value() {
        return IndicatorRow.of(
                nullToBlank(level1.getValue()),
                nullToBlank(level2.getValue()),
                level3.getValue(),
                description.getValue(),
                value.getValue(),
                basis.getValue());
    }

    /** The heading above this row: shown when the row starts a new 一级/二级 group. */
    void setHeading(@Nullable String text) {
        heading.setText(text == null ? "" : text);
        heading.setVisible(text != null);
    }

    @Nullable
    String heading() {
        return heading.isVisible() ? heading.getText() : null;
    }

    /** Marks the row a finding jumped to. */
    void setHighlighted(boolean on) {
        if (on) {
            addClassName(JUMP_TARGET);
            getStyle()
                    .set("outline", "2px solid var(--lumo-primary-color)")
                    .set("border-radius", "var(--lumo-border-radius-m)");
        } else {
            removeClassName(JUMP_TARGET);
            getStyle().remove("outline");
        }
    }

    boolean isHighlighted() {
        return hasClassName(JUMP_TARGET);
    }

    Component cell(IndicatorColumn column) {
        return switch (column) {
            case LEVEL1 -> level1;
            case LEVEL2 -> level2;
            case LEVEL3 -> level3;
            case DESCRIPTION -> description;
            case VALUE -> value;
            case BASIS -> basis;
        };
    }

    void focus(@Nullable IndicatorColumn column) {
        Component c = cell(column == null ? IndicatorColumn.LEVEL3 : column);
        ((Focusable<?>) c).focus();
    }

    void setReadOnly(boolean readOnly) {
        level1.setReadOnly(readOnly);
        level2.setReadOnly(readOnly);
        level3.setReadOnly(readOnly);
        description.setReadOnly(readOnly);
        value.setReadOnly(readOnly);
        basis.setReadOnly(readOnly);
        insert.setVisible(!readOnly);
        remove.setVisible(!readOnly);
    }

    /** The framework's names, plus the current name when the table has another one (kept, and flagged by R13). */
    private static void setItems(ComboBox<String> box, List<String> names, @Nullable String current) {
        List<String> items = new ArrayList<>(names);
        if (current != null && !current.isBlank() && !items.contains(current)) {
            items.add(current);
        }
        box.setItems(items);
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static String nullToBlank(@Nullable String s) {
        return s == null ? "" : s;
    }
}
