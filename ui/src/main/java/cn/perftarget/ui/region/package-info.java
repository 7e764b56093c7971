/** 查阅: the auditor's read-only list of every table of the region, with filters, sorting, paging and Excel export. */
@NullMarked
package cn.perftarget.ui.region;

import org.jspecify.annotations.NullMarked;
