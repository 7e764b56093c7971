/**
 * 首页: the home screen, greeting the user by name and role.
 */
@NullMarked
package cn.perftarget.ui.home;

import org.jspecify.annotations.NullMarked;
