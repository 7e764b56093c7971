package cn.perftarget.workflow.overview;

import java.util.List;

/**
 * 绩效目标全覆盖 of a fiscal year in the user's scope: every project of the budget must have a target table. Each list
 * holds at most {@link #MAX_ROWS} rows; its count is complete.
 *
 * @param projects         the budget's projects of the units in scope
 * @param withoutTable     projects with no table of their 项目编码 in the year
 * @param amountDiffers    tables of the units in scope whose 预算数 differs from the amount of a budget project of
 *                         their 项目编码 (one line per such project)
 * @param notInBudget      tables of a unit the budget lists whose 项目编码 is not in it
 */
public record Coverage(
        int fiscalYear,
        long projects,
        List<CoverageRow> withoutTable,
        long withoutTableCount,
        List<CoverageRow> amountDiffers,
        long amountDiffersCount,
        List<CoverageRow> notInBudget,
        long notInBudgetCount) {

    public static final int MAX_ROWS = 500;

    public Coverage {
        withoutTable = List.copyOf(withoutTable);
        amountDiffers = List.copyOf(amountDiffers);
        notInBudget = List.copyOf(notInBudget);
    }
}
