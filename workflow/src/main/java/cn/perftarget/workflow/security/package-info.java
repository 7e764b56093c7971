/**
 * 安全审计 of the workflow: writing security log entries with the client's address (sign-ins, refusals), and the
 * 审计管理员's reading of the security log.
 */
@NullMarked
package cn.perftarget.workflow.security;

import org.jspecify.annotations.NullMarked;
