package cn.perftarget.ui.tables;

import cn.perftarget.domain.table.TableStatus;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One line of 我的绩效目标表.
 *
 * @param budget 预算数 (万元), null when blank or unreadable
 */
public record TableListRow(long id, int fiscalYear, String projectCode, String projectName, BigDecimal budget,
                           TableStatus status, boolean adjusting, Instant updatedAt) {
}
