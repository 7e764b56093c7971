package cn.perftarget.ui.review;

import cn.perftarget.domain.revision.ChangeType;
import cn.perftarget.domain.revision.FieldChange;
import cn.perftarget.domain.revision.RowChange;
import cn.perftarget.domain.rules.Finding;
import cn.perftarget.domain.rules.Location;
import cn.perftarget.domain.table.IndicatorColumn;
import cn.perftarget.domain.table.IndicatorRow;
import cn.perftarget.domain.table.TableField;
import cn.perftarget.domain.table.TargetTable;
import cn.perftarget.ui.i18n.TranslationProvider;
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
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * A target table shown read-only, as reviewers read it: the header fields, then the indicator rows. Marks what
 * changed since the previous revision (changed cells yellow with the old text struck through, added rows green,
 * removed rows struck through), the rule findings as badges, and remarks pinned to fields and rows.
 * Ids: {@code sheet-field-<FIELD>}, {@code sheet-row-<n>} (1-based) and {@code sheet-row-<n>-pins},
 * {@code pin-field-<FIELD>}, {@code pin-row-<n>}.
 */
@StyleSheet("context://styles/perftarget-review.css")
public class TableSheet extends Div {

    private static final List<TableField> HEADER_ORDER = List.of(
            TableField.PROJECT_NAME,
            TableField.PROJECT_CODE,
            TableField.UNIT,
            TableField.FISCAL_YEAR,
            TableField.BUDGET,
            TableField.FISCAL_FUNDS,
            TableField.OTHER_FUNDS,
            TableField.FUND_PURPOSE,
            TableField.PLAN_MARCH,
            TableField.PLAN_JUNE,
            TableField.PLAN_OCTOBER,
            TableField.PLAN_DECEMBER,
            TableField.GOALS);

    private final SheetMarks marks;
    private final Map<TableField, FieldChange> fieldChanges = new EnumMap<>(TableField.class);
    private final Map<Integer, RowChange> rowChanges = new HashMap<>();
    private final List<RowChange> removedRows = new ArrayList<>();
    private final Map<TableField, NativeTableRow> fieldRows = new EnumMap<>(TableField.class);
    private final Map<Integer, NativeTableRow> indicatorRows = new HashMap<>();

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
        }
        t.getBody().addRows(rows.toArray(NativeTableRow[]::new));
        return t;
    }

    /** The name of a field as a header: amounts with their unit. */
    static String fieldLabel(Component c, TableField field) {
        return field.kind() == TableField.Kind.MONEY
                ? c.getTranslation("review.sheet.moneyField", field)
                : c.getTranslation(field.labelKey());
    }

    /** Scrolls the field or row a finding points at into view (the sheet itself for the other places). */
    public void reveal(Location location) {
        Component target = location instanceof Location.Field f
                ? fieldRows.get(f.field())
                : location instanceof Location.Row r
                        ? indicatorRows.get(r.index() + 1)
                        : location instanceof Location.Plan ? fieldRows.get(TableField.PLAN_DECEMBER) : null;
        (target == null ? this : target).scrollIntoView();
    }

    private NativeTableRow fieldRow(TableField field, TargetTable table) {
        NativeTableRow row = new NativeTableRow();
        row.setId("sheet-field-" + field.name());
        fieldRows.put(field, row);
        NativeTableCell value = new NativeTableCell();
        value.addClassName("sheet-value");
        FieldChange change = fieldChanges.get(field);
        value.add(new Span(field.valueOf(table)));
        if (change != null) {
            value.addClassName("changed");
            value.add(oldText(change.before()));
        }
        PinTarget target = PinTarget.pinnable(field) ? PinTarget.field(field) : null;
        if (target != null) {
            addPins(value, target);
        }
        row.add(
                new NativeTableHeaderCell(fieldLabel(this, field)),
                value,
                marksCell(findingsOf(field), target, "pin-field-" + field.name()));
        return row;
    }

    private NativeTable indicators(TargetTable table) {
        NativeTable t = new NativeTable();
        t.addClassName("sheet-indicators");
        NativeTableRow head = new NativeTableRow(new NativeTableHeaderCell("#"));
        for (IndicatorColumn c : IndicatorColumn.values()) {
            head.add(new NativeTableHeaderCell(getTranslation(c.labelKey())));
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
        List<Finding> whole = findingsAt(Location.INDICATORS);
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
        indicatorRows.put(number, row);
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
                change.cells().stream()
                        .filter(cc -> cc.column() == c)
                        .findFirst()
                        .ifPresent(cc -> {
                            cell.addClassName("changed");
                            cell.add(oldText(cc.before()));
                        });
            }
            row.add(cell);
        }
        PinTarget target = PinTarget.row(number);
        NativeTableCell side = marksCell(
                marks.findings().stream()
                        .filter(f -> f.location() instanceof Location.Row at && at.index() == number - 1)
                        .toList(),
                target,
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
            if (row == null) {
                continue; // a removed row was in the older table
            }
            Div line = new Div(new Span(getTranslation("review.sheet.removedRow", r.beforeRow()) + "："
                    + String.join(
                            " | ",
                            row.level1(),
                            row.level2(),
                            row.level3(),
                            row.description(),
                            row.valueText(),
                            row.basis())));
            line.addClassName("removed");
            box.add(line);
        }
        return box;
    }

    private NativeTableCell marksCell(List<Finding> findings, @Nullable PinTarget target, String pinId) {
        NativeTableCell cell = new NativeTableCell();
        cell.addClassName("sheet-marks");
        badges(findings).forEach(cell::add);
        Consumer<PinTarget> onPin = marks.onPin();
        if (target != null && onPin != null) {
            Button pin = new Button(VaadinIcon.PIN.create(), e -> onPin.accept(target));
            pin.setId(pinId);
            pin.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
            pin.setTooltipText(getTranslation("review.pin.tooltip", target.describe()));
            pin.setAriaLabel(getTranslation("review.pin.tooltip", target.describe()));
            cell.add(pin);
        }
        return cell;
    }

    private List<Component> badges(List<Finding> findings) {
        List<Component> out = new ArrayList<>();
        for (Finding f : findings) {
            Span badge = new Span(f.ruleId() + " " + getTranslation(f.severity().labelKey()));
            badge.addClassNames(
                    "finding-badge", "severity-" + f.severity().name().toLowerCase());
            badge.setTitle(TranslationProvider.text(f.message()));
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

    private Component oldText(String before) {
        Span old = new Span(before.isBlank() ? getTranslation("review.sheet.blank") : before);
        old.addClassName("old-text");
        return old;
    }

    /** The findings of a field; those about the whole spending plan go with its last checkpoint, 12月底. */
    private List<Finding> findingsOf(TableField field) {
        List<Finding> out = new ArrayList<>(findingsAt(Location.field(field)));
        if (field == TableField.PLAN_DECEMBER) {
            out.addAll(findingsAt(Location.PLAN));
        }
        return out;
    }

    private List<Finding> findingsAt(Location location) {
        return marks.findings().stream()
                .filter(f -> f.location().equals(location))
                .toList();
    }
}
