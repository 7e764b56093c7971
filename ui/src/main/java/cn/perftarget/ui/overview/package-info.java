/** 总览: the figures of a round with ECharts charts, tables beside them, drill-down, Excel, coverage and 催办. */
@NullMarked
package cn.perftarget.ui.overview;

import org.jspecify.annotations.NullMarked;
