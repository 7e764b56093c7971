package cn.perftarget.domain.revision;

import cn.perftarget.domain.table.IndicatorColumn;
import cn.perftarget.domain.table.IndicatorRow;
import cn.perftarget.domain.table.MoneyCell;
import cn.perftarget.domain.table.Numbers;
import cn.perftarget.domain.table.TableField;
import cn.perftarget.domain.table.TargetTable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What changed between two revisions of a table: header fields, and indicator rows added, removed or changed.
 * Texts are compared without leading and trailing white space; amounts and percentages by value
 * ({@code 4} and {@code 4.00} are the same 预算数). Rows are paired by {@link RowAlignment}.
 *
 * @param fields changed header fields, in table order
 * @param rows   changed indicator rows, in table order (a removed row where it stood)
 */
public record RevisionDiff(List<FieldChange> fields, List<RowChange> rows) {

    public RevisionDiff {
        fields = List.copyOf(fields);
        rows = List.copyOf(rows);
    }

    public static RevisionDiff between(TargetTable older, TargetTable newer) {
        return new RevisionDiff(fieldChanges(older, newer), rowChanges(older.indicators(), newer.indicators()));
    }

    public boolean isEmpty() {
        return fields.isEmpty() && rows.isEmpty();
    }

    private static List<FieldChange> fieldChanges(TargetTable older, TargetTable newer) {
        List<FieldChange> changes = new ArrayList<>();
        for (TableField field : TableField.values()) {
            String before = field.valueOf(older);
            String after = field.valueOf(newer);
            if (!same(field.kind(), before, after)) {
                changes.add(new FieldChange(field, before, after));
            }
        }
        return changes;
    }

    private static boolean same(TableField.Kind kind, String before, String after) {
        if (before.strip().equals(after.strip())) {
            return true;
        }
        return switch (kind) {
            case TEXT -> false;
            case MONEY -> sameNumber(new MoneyCell(before).amount(), new MoneyCell(after).amount());
            case PERCENT ->
                isPercent(before) == isPercent(after) && sameNumber(percentNumber(before), percentNumber(after));
        };
    }

    private static boolean isPercent(String cell) {
        return Numbers.halfWidth(cell).strip().endsWith("%");
    }

    private static Optional<BigDecimal> percentNumber(String cell) {
        return Numbers.parseDecimal(Numbers.halfWidth(cell).replace("%", ""));
    }

    private static boolean sameNumber(Optional<BigDecimal> a, Optional<BigDecimal> b) {
        return a.isPresent() && b.isPresent() && a.get().compareTo(b.get()) == 0;
    }

    private static List<RowChange> rowChanges(List<IndicatorRow> before, List<IndicatorRow> after) {
        List<RowChange> changes = new ArrayList<>();
        int i = 0;
        int j = 0;
        for (RowAlignment.Pair pair : RowAlignment.align(before, after)) {
            for (; i < pair.before(); i++) {
                changes.add(RowChange.removed(i, before.get(i)));
            }
            for (; j < pair.after(); j++) {
                changes.add(RowChange.added(j, after.get(j)));
            }
            List<CellChange> cells = changedCells(before.get(i), after.get(j));
            if (!cells.isEmpty()) {
                changes.add(RowChange.changed(i, j, before.get(i), after.get(j), cells));
            }
            i++;
            j++;
        }
        for (; i < before.size(); i++) {
            changes.add(RowChange.removed(i, before.get(i)));
        }
        for (; j < after.size(); j++) {
            changes.add(RowChange.added(j, after.get(j)));
        }
        return changes;
    }

    static List<CellChange> changedCells(IndicatorRow before, IndicatorRow after) {
        List<CellChange> cells = new ArrayList<>();
        for (IndicatorColumn column : IndicatorColumn.values()) {
            String b = column.valueOf(before);
            String a = column.valueOf(after);
            if (!b.strip().equals(a.strip())) {
                cells.add(new CellChange(column, b, a));
            }
        }
        return cells;
    }
}
