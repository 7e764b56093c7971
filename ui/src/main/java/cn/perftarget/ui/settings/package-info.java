/** 系统设置 of the 系统管理员's region: 审核流程, 工作日历, 指标体系, 预审规则. */
@NullMarked
package cn.perftarget.ui.settings;

import org.jspecify.annotations.NullMarked;
