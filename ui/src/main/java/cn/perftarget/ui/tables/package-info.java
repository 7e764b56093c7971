/**
 * 我的绩效目标表: a drafter's list of their unit's tables with 新建 and 复制为新年度, and the page shown for a missing or
 * out-of-scope table (内容不存在或无权访问).
 */
@NullMarked
package cn.perftarget.ui.tables;

import org.jspecify.annotations.NullMarked;
