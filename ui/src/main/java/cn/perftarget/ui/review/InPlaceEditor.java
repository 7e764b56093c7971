package cn.perftarget.ui.review;

import cn.perftarget.domain.table.IndicatorColumn;
import cn.perftarget.domain.table.IndicatorRow;
import cn.perftarget.domain.table.MoneyCell;
import cn.perftarget.domain.table.SpendingPlan;
import cn.perftarget.domain.table.TableField;
import cn.perftarget.domain.table.TargetTable;
import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * 协商修改 (grade 良): the fiscal reviewer corrects the values of the table in place — header fields and indicator
 * cells; rows are neither added nor removed (a table that needs that is graded 中). The project code stays.
 * Ids: {@code edit-field-<FIELD>}, {@code edit-row-<n>-<COLUMN>} (n 1-based).
 */
@StyleSheet("context://styles/perftarget-review.css")
public class InPlaceEditor extends Div {

    private static final List<TableField> EDITABLE = List.of(
            TableField.PROJECT_NAME,
            TableField.BUDGET,
            TableField.FISCAL_FUNDS,
            TableField.OTHER_FUNDS,
            TableField.FUND_PURPOSE,
            TableField.PLAN_MARCH,
            TableField.PLAN_JUNE,
            TableField.PLAN_OCTOBER,
            TableField.PLAN_DECEMBER,
            TableField.GOALS);

    private final TargetTable original;
    private final Map<TableField, AbstractField<?, String>> fields = new EnumMap<>(TableField.class);
    private final List<Map<IndicatorColumn, TextField>> cells = new ArrayList<>();

    public InPlaceEditor(TargetTable original) {
        this.original = original;
        addClassNames("table-sheet", "in-place-editor");
        setId("in-place-editor");
        NativeTable header = new NativeTable();
        header.addClassName("sheet-header");
        for (TableField f : EDITABLE) {
            AbstractField<?, String> input = f == TableField.GOALS || f == TableField.FUND_PURPOSE
                    ? textArea(f.valueOf(original))
                    : textField(f.valueOf(original));
            ((com.vaadin.flow.component.Component) input).setId("edit-field-" + f.name());
            fields.put(f, input);
            NativeTableCell cell = new NativeTableCell((com.vaadin.flow.component.Component) input);
            NativeTableHeaderCell label = new NativeTableHeaderCell(TableSheet.fieldLabel(this, f));
            header.getBody().addRows(new NativeTableRow(label, cell));
        }
        NativeTable rows = new NativeTable();
        rows.addClassName("sheet-indicators");
        NativeTableRow head = new NativeTableRow(new NativeTableHeaderCell("#"));
        for (IndicatorColumn c : IndicatorColumn.values()) {
            head.add(new NativeTableHeaderCell(getTranslation(c.labelKey())));
        }
        rows.getHead().addRows(head);
        for (int i = 0; i < original.indicators().size(); i++) {
            IndicatorRow r = original.indicators().get(i);
            Map<IndicatorColumn, TextField> inputs = new EnumMap<>(IndicatorColumn.class);
            NativeTableRow row = new NativeTableRow(new NativeTableCell(String.valueOf(i + 1)));
            for (IndicatorColumn c : IndicatorColumn.values()) {
                TextField input = textField(c.valueOf(r));
                input.setId("edit-row-" + (i + 1) + "-" + c.name());
                inputs.put(c, input);
                row.add(new NativeTableCell(input));
            }
            cells.add(inputs);
            rows.getBody().addRows(row);
        }
        add(header, new H4(getTranslation("review.sheet.indicators")), rows);
    }

    /** The table with the reviewer's corrections. */
    public TargetTable edited() {
        List<IndicatorRow> rows = new ArrayList<>();
        for (Map<IndicatorColumn, TextField> r : cells) {
            rows.add(IndicatorRow.of(
                    v(r, IndicatorColumn.LEVEL1),
                    v(r, IndicatorColumn.LEVEL2),
                    v(r, IndicatorColumn.LEVEL3),
                    v(r, IndicatorColumn.DESCRIPTION),
                    v(r, IndicatorColumn.VALUE),
                    v(r, IndicatorColumn.BASIS)));
        }
        return new TargetTable(
                original.projectCode(),
                text(TableField.PROJECT_NAME),
                original.unitCode(),
                original.unitName(),
                original.fiscalYear(),
                new MoneyCell(text(TableField.BUDGET)),
                new MoneyCell(text(TableField.FISCAL_FUNDS)),
                new MoneyCell(text(TableField.OTHER_FUNDS)),
                text(TableField.FUND_PURPOSE),
                new SpendingPlan(
                        text(TableField.PLAN_MARCH),
                        text(TableField.PLAN_JUNE),
                        text(TableField.PLAN_OCTOBER),
                        text(TableField.PLAN_DECEMBER)),
                text(TableField.GOALS),
                rows);
    }

    /** The corrected text of an {@link #EDITABLE} field. */
    private String text(TableField f) {
        AbstractField<?, String> input = fields.get(f);
        if (input == null) {
            throw new IllegalArgumentException(f + " is not editable here");
        }
        return input.getValue();
    }

    private static String v(Map<IndicatorColumn, TextField> row, IndicatorColumn c) {
        TextField input = row.get(c);
        if (input == null) {
            throw new IllegalStateException("no input for " + c);
        }
        return input.getValue();
    }

    private static TextField textField(String value) {
        TextField t = new TextField();
        t.setValue(value);
        t.setWidthFull();
        return t;
    }

    private static TextArea textArea(String value) {
        TextArea t = new TextArea();
        t.setValue(value);
        t.setWidthFull();
        return t;
    }
}
