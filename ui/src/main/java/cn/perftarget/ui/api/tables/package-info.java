/** /api/v1/tables: list, read, create, update, import, submit, withdraw, reopen. */
@NullMarked
package cn.perftarget.ui.api.tables;

import org.jspecify.annotations.NullMarked;
