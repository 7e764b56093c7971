package cn.perftarget.ui.tables;

import cn.perftarget.domain.framework.Framework;
import cn.perftarget.domain.framework.FrameworkCatalog;
import cn.perftarget.domain.framework.Level1;
import cn.perftarget.domain.framework.Level2;
import cn.perftarget.domain.table.IndicatorRow;
import cn.perftarget.domain.table.MoneyCell;
import cn.perftarget.domain.table.SpendingPlan;
import cn.perftarget.domain.table.TargetTable;
import java.util.ArrayList;
import java.util.List;

/** The content of a new table: the blank form of the year's framework, one indicator row per 二级指标. */
public final class TableTemplate {

    private TableTemplate() {}

    public static TargetTable blank(int fiscalYear, String projectCode, String projectName) {
        TargetTable empty = new TargetTable(
                projectCode,
                projectName,
                "",
                "",
                fiscalYear,
                MoneyCell.BLANK,
                MoneyCell.BLANK,
                MoneyCell.BLANK,
                "",
                SpendingPlan.BLANK,
                "",
                List.of());
        Framework framework = FrameworkCatalog.bundled().forTable(empty, null);
        List<IndicatorRow> rows = new ArrayList<>();
        for (Level1 l1 : framework.level1()) {
            for (Level2 l2 : l1.level2()) {
                rows.add(IndicatorRow.of(l1.name(), l2.name(), "", "", "", ""));
            }
        }
        return empty.withIndicators(rows);
    }
}
