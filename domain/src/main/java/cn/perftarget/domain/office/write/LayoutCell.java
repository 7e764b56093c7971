package cn.perftarget.domain.office.write;

/**
 * One cell of the published layout: its text as written, its first grid column, how many columns and rows it spans,
 * and how it is set.
 *
 * @param text    the cell as written ({@code \n} between paragraphs)
 * @param column  the first of the grid's columns it covers, 0-based
 * @param colSpan columns covered (≥ 1)
 * @param rowSpan rows covered from this one down (≥ 1): the cells below it in these columns are part of it
 * @param style   caption, value, long text, or the unit line above the table
 */
record LayoutCell(String text, int column, int colSpan, int rowSpan, CellStyle style) {

    enum CellStyle {
        /** A caption of the template (项目编码, 一级指标 …): centred, bold. */
        CAPTION,
        /** A short value (a code, an amount, a percentage, a category): centred. */
        VALUE,
        /** A long text (资金用途, 绩效目标, 绩效指标描述): left. */
        TEXT,
        /** The unit line above the grid: left, no border. */
        UNIT,
        /** 单位：万元 above the grid: right, no border. */
        AMOUNT_UNIT;

        /** Whether cells of this style have a border (the lines above the grid have none). */
        boolean bordered() {
            return this != UNIT && this != AMOUNT_UNIT;
        }
    }

    boolean bordered() {
        return style.bordered();
    }

    int lastColumn() {
        return column + colSpan - 1;
    }
}
