/** 打印: one table in the published layout, for the browser's print (A4 landscape). */
@NullMarked
package cn.perftarget.ui.print;

import org.jspecify.annotations.NullMarked;
