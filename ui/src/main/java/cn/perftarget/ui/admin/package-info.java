/** The 系统管理员's screens: 用户管理 and 组织机构 (with the responsible section of each department). */
@NullMarked
package cn.perftarget.ui.admin;

import org.jspecify.annotations.NullMarked;
