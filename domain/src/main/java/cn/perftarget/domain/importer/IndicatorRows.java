package cn.perftarget.domain.importer;

import cn.perftarget.domain.table.IndicatorRow;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds indicator rows, carrying merged 一级/二级 cells down: a blank 一级 cell continues the 一级 above it;
 * a blank 二级 cell continues the 二级 above it only within the same 一级 (a merged cell cannot span two
 * 一级 groups).
 */
final class IndicatorRows {

    private final List<IndicatorRow> rows = new ArrayList<>();
    private String level1 = "";
    private String level2 = "";

    void add(String l1, String l2, String l3, String description, String value, String basis) {
        boolean sameGroup = l1.isBlank();
        if (!sameGroup) {
            level1 = l1;
        }
        if (!l2.isBlank() || !sameGroup) {
            level2 = l2;
        }
        rows.add(IndicatorRow.of(level1, level2, l3, description, value, basis));
    }

    List<IndicatorRow> rows() {
        return List.copyOf(rows);
    }
}
