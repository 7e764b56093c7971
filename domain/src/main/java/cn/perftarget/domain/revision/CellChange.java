package cn.perftarget.domain.revision;

import cn.perftarget.domain.table.IndicatorColumn;

/** One cell of a changed indicator row. */
public record CellChange(IndicatorColumn column, String before, String after) {}
