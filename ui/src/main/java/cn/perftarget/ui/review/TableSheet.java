package cn.perftarget.ui.review;

import cn.perftarget.domain.revision.ChangeType;
import cn.perftarget.domain.revision.FieldChange;
import cn.perftarget.domain.revision.IndicatorColumn;
import cn.perftarget.domain.revision.RowChange;
import cn.perftarget.domain.rules.Finding;
import cn.perftarget.domain.rules.Location;
import cn.perftarget.domain.table.IndicatorRow;
import cn.perftarget.domain.table.TableField;
import cn.perftarget.domain.table.TargetTable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A target table shown read-only, as reviewers read it: the header fields, then the indicator rows. Marks what
 * changed since the previous revision (changed cells yellow with the old text struck through, added rows green,
 * removed rows struck through), the rule findings as badges, and remarks pinned to fields and rows.
 * Ids: {@code sheet-field-<FIELD>}, {@code sheet-row-<n>} (1-based) and {@code sheet-row-<n>-pins},
 * {@code pin-field-<FIELD>}, {@code pin-row-<n>}.
 */
@StyleSheet("context://styles/perftarget-review.css")
public class TableSheet extends Div {

    private static final List<TableField> HEADER_ORDER = List.of(TableField.PROJECT_NAME, TableField.PROJECT_CODE,
            TableField.BUDGET, TableField.FISCAL_FUNDS, TableField.OTHER_FUNDS, TableField.FUND_PURPOSE,
            TableField.PLAN_MARCH, TableField.PLAN_JUNE, TableField.PLAN_OCTOBER, TableField.PLAN_DECEMBER,
            TableField.GOALS);

    private final SheetMarks marks;
    private final Map<TableField, FieldChange> fieldChanges = new EnumMap<>(TableField.class);
    private final Map<Integer, RowChange> rowChanges = new HashMap<>();
    private final List<RowChange> removedRows = new ArrayList<>();

    public TableSheet(TargetTable table, SheetMarks marks) {
        this.marks = marks;
        addClassName("table-sheet");
        if (marks.diff() != null) {
            marks.diff().fields().forEach(c -> fieldChanges.put(c.field(), c));
            for (RowChange r : marks.diff().rows()) {
                if (r.type() == ChangeType.REMOVED) {
                    removedRows.add(r);
                } else {
                    rowChanges.put(r.afterRow(), r);
                }
            }
        }
        add(header(table), new H4(getTranslation("review.sheet.indicators")), indicators(table));
        if (!removedRows.isEmpty()) {
            add(removed());
        }
    }

    private NativeTable header(TargetTable table) {
        NativeTable t = new NativeTable();
        t.addClassName("sheet-header");
        List<NativeTableRow> rows = new ArrayList<>();
        for (TableField field : HEADER_ORDER) {
            rows.add(fieldRow(field, table));
            if (field == TableField.PROJECT_CODE) {
                rows.add(plainRow(getTranslation("review.field.UNIT"), table.unitName() + "（" + table.unitCode() + "）",
                        findings(cn.perftarget.domain.rules.TableField.UNIT, -1)));
                rows.add(plainRow(getTranslation("review.field.FISCAL_YEAR"), Objects.toString(table.fiscalYear(), ""),
                        findings(cn.perftarget.domain.rules.TableField.FISCAL_YEAR, -1)));
            }
        }
        t.getBody().addRows(rows.toArray(NativeTableRow[]::new));
        return t;
    }

    private NativeTableRow fieldRow(TableField field, TargetTable table) {
        NativeTableRow row = new NativeTableRow();
        row.setId("sheet-field-" + field.name());
        NativeTableCell value = new NativeTableCell();
        value.addClassName("sheet-value");
        FieldChange change = fieldChanges.get(field);
        value.add(new Span(field.valueOf(table)));
        if (change != null) {
            value.addClassName("changed");
            value.add(oldText(change.before()));
        }
        PinTarget target = PinTarget.field(field);
        addPins(value, target);
        row.add(new NativeTableHeaderCell(getTranslation("review.field." + field.name())), value,
                marksCell(findingsOf(field), target, "pin-field-" + field.name()));
        return row;
    }

    private NativeTableRow plainRow(String label, String text, List<Finding> findings) {
        NativeTableCell value = new NativeTableCell(text);
        value.addClassName("sheet-value");
        return new NativeTableRow(new NativeTableHeaderCell(label), value, marksCell(findings, null, null));
    }

    private NativeTable indicators(TargetTable table) {
        NativeTable t = new NativeTable();
        t.addClassName("sheet-indicators");
        NativeTableRow head = new NativeTableRow(new NativeTableHeaderCell("#"));
        for (IndicatorColumn c : IndicatorColumn.values()) {
            head.add(new NativeTableHeaderCell(getTranslation("review.column." + c.name())));
        }
        head.add(new NativeTableHeaderCell(""));
        t.getHead().addRows(head);
        List<NativeTableRow> rows = new ArrayList<>();
        for (int i = 0; i < table.indicators().size(); i++) {
            rows.add(indicatorRow(i + 1, table.indicators().get(i)));
            List<String> pins = marks.pins().get(PinTarget.row(i + 1));
            if (pins != null) {
                rows.add(pinRow(i + 1, pins));
            }
        }
        t.getBody().addRows(rows.toArray(NativeTableRow[]::new));
        List<Finding> whole = findings(cn.perftarget.domain.rules.TableField.INDICATORS, -1);
        if (!whole.isEmpty()) {
            NativeTableCell cell = new NativeTableCell(badges(whole).toArray(Component[]::new));
            cell.setColspan(IndicatorColumn.values().length + 2);
            t.getFoot().addRows(new NativeTableRow(cell));
        }
        return t;
    }

    private NativeTableRow indicatorRow(int number, IndicatorRow r) {
        NativeTableRow row = new NativeTableRow();
        row.setId("sheet-row-" + number);
        RowChange change = rowChanges.get(number);
        if (change != null && change.type() == ChangeType.ADDED) {
            row.addClassName("added");
        }
        NativeTableCell no = new NativeTableCell(String.valueOf(number));
        no.addClassName("row-number");
        row.add(no);
        for (IndicatorColumn c : IndicatorColumn.values()) {
            NativeTableCell cell = new NativeTableCell(new Span(c.valueOf(r)));
            if (change != null && change.type() == ChangeType.CHANGED) {
                change.cells().stream().filter(cc -> cc.column() == c).findFirst().ifPresent(cc -> {
                    cell.addClassName("changed");
                    cell.add(oldText(cc.before()));
                });
            }
            row.add(cell);
        }
        PinTarget target = PinTarget.row(number);
        NativeTableCell side = marksCell(findings(cn.perftarget.domain.rules.TableField.INDICATOR, number - 1), target,
                "pin-row-" + number);
        row.add(side);
        return row;
    }

    /** The remarks pinned to an indicator row, across the table under it. */
    private NativeTableRow pinRow(int number, List<String> pins) {
        NativeTableCell cell = new NativeTableCell();
        cell.setColspan(IndicatorColumn.values().length + 2);
        pins.forEach(p -> cell.add(pinNote(p)));
        NativeTableRow row = new NativeTableRow(cell);
        row.setId("sheet-row-" + number + "-pins");
        row.addClassName("pin-row");
        return row;
    }

    private Div removed() {
        Div box = new Div(new H4(getTranslation("review.sheet.removed")));
        box.setId("sheet-removed");
        box.addClassName("sheet-removed");
        for (RowChange r : removedRows) {
            IndicatorRow row = r.before();
            Div line = new Div(new Span(getTranslation("review.sheet.removedRow", r.beforeRow()) + "："
                    + String.join(" | ", row.level1(), row.level2(), row.level3(), row.description(),
                    row.valueText(), row.basis())));
            line.addClassName("removed");
            box.add(line);
        }
        return box;
    }

    private NativeTableCell marksCell(List<Finding> findings, PinTarget target, String pinId) {
        NativeTableCell cell = new NativeTableCell();
        cell.addClassName("sheet-marks");
        badges(findings).forEach(cell::add);
        if (target != null && marks.onPin() != null) {
            Button pin = new Button(VaadinIcon.PIN.create(), e -> marks.onPin().accept(target));
            pin.setId(pinId);
            pin.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
            pin.setTooltipText(getTranslation("review.pin.tooltip", target.label()));
            pin.setAriaLabel(getTranslation("review.pin.tooltip", target.label()));
            cell.add(pin);
        }
        return cell;
    }

    private List<Component> badges(List<Finding> findings) {
        List<Component> out = new ArrayList<>();
        for (Finding f : findings) {
            Span badge = new Span(f.ruleId() + " " + f.severity().label());
            badge.addClassNames("finding-badge", "severity-" + f.severity().name().toLowerCase());
            badge.setTitle(f.message());
            out.add(badge);
        }
        return out;
    }

    private void addPins(NativeTableCell cell, PinTarget target) {
        List<String> pins = marks.pins().get(target);
        if (pins != null) {
            pins.forEach(p -> cell.add(pinNote(p)));
        }
    }

    private static Div pinNote(String text) {
        Div note = new Div(VaadinIcon.PIN.create(), new Span(text));
        note.addClassName("pin-note");
        return note;
    }

    private static Component oldText(String before) {
        Span old = new Span(before.isBlank() ? "（空）" : before);
        old.addClassName("old-text");
        return old;
    }

    private List<Finding> findingsOf(TableField field) {
        return switch (field) {
            case PROJECT_CODE -> findings(cn.perftarget.domain.rules.TableField.PROJECT_CODE, -1);
            case PROJECT_NAME -> findings(cn.perftarget.domain.rules.TableField.PROJECT_NAME, -1);
            case BUDGET -> findings(cn.perftarget.domain.rules.TableField.BUDGET, -1);
            case FISCAL_FUNDS -> findings(cn.perftarget.domain.rules.TableField.FISCAL_FUNDS, -1);
            case OTHER_FUNDS -> findings(cn.perftarget.domain.rules.TableField.OTHER_FUNDS, -1);
            case FUND_PURPOSE -> findings(cn.perftarget.domain.rules.TableField.FUND_PURPOSE, -1);
            case PLAN_MARCH -> plan(0);
            case PLAN_JUNE -> plan(1);
            case PLAN_OCTOBER -> plan(2);
            case PLAN_DECEMBER -> plan(3);
            case GOALS -> findings(cn.perftarget.domain.rules.TableField.GOALS, -1);
        };
    }

    /** The findings of a plan checkpoint; those about the whole plan go with 12月底. */
    private List<Finding> plan(int checkpoint) {
        List<Finding> out = new ArrayList<>(findings(cn.perftarget.domain.rules.TableField.PLAN, checkpoint));
        if (checkpoint == 3) {
            out.addAll(findings(cn.perftarget.domain.rules.TableField.PLAN, -1));
        }
        return out;
    }

    private List<Finding> findings(cn.perftarget.domain.rules.TableField field, int index) {
        return marks.findings().stream().filter(f -> {
            Location l = f.location();
            return l.field() == field && (index < 0 ? l.index() < 0 : l.index() == index);
        }).toList();
    }
}
