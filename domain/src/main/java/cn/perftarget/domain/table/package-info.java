/**
 * The target table (项目支出绩效目标表) as written and as stored: its fields, indicator rows, amounts and 资金支出计划, its
 * status, and the repository with its row lock.
 */
@NullMarked
package cn.perftarget.domain.table;

import org.jspecify.annotations.NullMarked;
