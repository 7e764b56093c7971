/**
 * 身份鉴别 and the accounts: signing in (password, lock, second factor, the steps a sign-in still owes), changing and
 * resetting passwords, enrolling the TOTP second factor, and the administration of accounts (unlock, roles, disable,
 * move), each written to the security log.
 */
@NullMarked
package cn.perftarget.workflow.account;

import org.jspecify.annotations.NullMarked;
