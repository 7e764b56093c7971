/** 预算编制轮次: the 系统管理员's screen of the region's budget rounds, and the banner of the open rounds' deadlines. */
@NullMarked
package cn.perftarget.ui.rounds;

import org.jspecify.annotations.NullMarked;
