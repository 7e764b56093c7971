/**
 * 部门整体绩效目标 as stored: a department's part (总体绩效目标, 分项绩效目标 with their indicators, 保障措施) per fiscal
 * year with its optimistic version, and the append-only history of its changes (who, when, how, before and after).
 */
@NullMarked
package cn.perftarget.domain.department;

import org.jspecify.annotations.NullMarked;
