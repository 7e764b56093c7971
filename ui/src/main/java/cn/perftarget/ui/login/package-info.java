/**
 * 登录: the login screen.
 */
@NullMarked
package cn.perftarget.ui.login;

import org.jspecify.annotations.NullMarked;
