/**
 * 审核提示: a table's rule findings as a panel, each jumping to its field or row, with its one-click fix, and the live
 * validation behind it.
 */
@NullMarked
package cn.perftarget.ui.findings;

import org.jspecify.annotations.NullMarked;
