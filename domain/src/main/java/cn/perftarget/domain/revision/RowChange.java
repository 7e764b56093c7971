package cn.perftarget.domain.revision;

import cn.perftarget.domain.table.IndicatorRow;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An indicator row added, removed or changed.
 *
 * @param beforeRow 1-based row number in the older table, null when ADDED
 * @param afterRow  1-based row number in the newer table, null when REMOVED
 * @param before    the row in the older table, null when ADDED
 * @param after     the row in the newer table, null when REMOVED
 * @param cells     the changed cells when CHANGED, empty otherwise
 */
public record RowChange(
        ChangeType type,
        @Nullable Integer beforeRow,
        @Nullable Integer afterRow,
        @Nullable IndicatorRow before,
        @Nullable IndicatorRow after,
        List<CellChange> cells) {

    public RowChange {
        cells = List.copyOf(cells);
    }

    static RowChange added(int afterIndex, IndicatorRow row) {
        return new RowChange(ChangeType.ADDED, null, afterIndex + 1, null, row, List.of());
    }

    static RowChange removed(int beforeIndex, IndicatorRow row) {
        return new RowChange(ChangeType.REMOVED, beforeIndex + 1, null, row, null, List.of());
    }

    static RowChange changed(
            int beforeIndex, int afterIndex, IndicatorRow before, IndicatorRow after, List<CellChange> cells) {
        return new RowChange(ChangeType.CHANGED, beforeIndex + 1, afterIndex + 1, before, after, cells);
    }
}
