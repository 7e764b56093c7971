/**
 * 身份鉴别 of the accounts: the password policy, the lock after wrong passwords, the sealed TOTP second factor, and
 * the sign-in state of each account (a password to change, failures in a row, the lock, the second factor).
 */
@NullMarked
package cn.perftarget.domain.account;

import org.jspecify.annotations.NullMarked;
