package cn.perftarget.domain.importer;

import cn.perftarget.domain.table.TargetTable;

/**
 * A table read from the text, before the document-level facts (year, defaults) are applied.
 *
 * @param firstLineIndex 0-based index of the table's first line (its unit line, or 项目编码)
 * @param table          the cells as read
 */
record FoundTable(int firstLineIndex, TargetTable table) {}
