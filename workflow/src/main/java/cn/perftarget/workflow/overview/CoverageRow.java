package cn.perftarget.workflow.overview;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A line of the coverage: a budget project, a table, or both.
 *
 * @param amount      the budget's amount (万元), null for a table whose project is not in the budget
 * @param tableBudget the table's 预算数 (万元), null without a table or a blank 预算数
 * @param tableId     the table, null for a project without one
 */
public record CoverageRow(
        String projectCode,
        String projectName,
        String unitCode,
        String unitName,
        @Nullable BigDecimal amount,
        @Nullable BigDecimal tableBudget,
        @Nullable Long tableId) {}
