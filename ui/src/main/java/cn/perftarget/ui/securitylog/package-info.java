/** 安全审计日志 (审计管理员 only): the security log with filters, newest first. */
@NullMarked
package cn.perftarget.ui.securitylog;

import org.jspecify.annotations.NullMarked;
