/** The security log (安全审计日志): sign-ins, lockouts, changes of users and rights, exports, refused access — append-only. */
@NullMarked
package cn.perftarget.domain.security;

import org.jspecify.annotations.NullMarked;
