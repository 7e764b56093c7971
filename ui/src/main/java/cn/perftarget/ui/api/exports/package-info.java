/** /api/v1 exports: a table as Word, PDF, Excel; a department's publication document. */
@NullMarked
package cn.perftarget.ui.api.exports;

import org.jspecify.annotations.NullMarked;
