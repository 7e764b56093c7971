/** 个人设置: the signed-in user's own password and second factor. */
@NullMarked
package cn.perftarget.ui.profile;

import org.jspecify.annotations.NullMarked;
