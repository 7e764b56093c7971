/** Lists as .xlsx workbooks: a generic list of headers and rows, and the findings of a table or a document. */
@NullMarked
package cn.perftarget.domain.office.lists;

import org.jspecify.annotations.NullMarked;
