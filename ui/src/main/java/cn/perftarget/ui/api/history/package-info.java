/** /api/v1/tables/{id}/history, revisions and their differences. */
@NullMarked
package cn.perftarget.ui.api.history;

import org.jspecify.annotations.NullMarked;
