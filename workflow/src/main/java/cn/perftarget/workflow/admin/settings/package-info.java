/**
 * 系统设置 of a region for its 系统管理员: 审核流程 (working days, resubmission after 中), 工作日历, 指标体系 per
 * fiscal year and 预审规则 (with the number of open tables whose findings a change alters).
 */
@NullMarked
package cn.perftarget.workflow.admin.settings;

import org.jspecify.annotations.NullMarked;
