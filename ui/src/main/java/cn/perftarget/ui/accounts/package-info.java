/** 安全管理员: locked accounts and their unlocking, the password and lockout policy in force. */
@NullMarked
package cn.perftarget.ui.accounts;

import org.jspecify.annotations.NullMarked;
