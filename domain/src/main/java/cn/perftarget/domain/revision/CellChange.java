package cn.perftarget.domain.revision;

/** One cell of a changed indicator row. */
public record CellChange(IndicatorColumn column, String before, String after) {
}
