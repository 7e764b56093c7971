package cn.perftarget.domain.revision;

import cn.perftarget.domain.table.TableField;

/** A header field whose text differs between two revisions. */
public record FieldChange(TableField field, String before, String after) {}
