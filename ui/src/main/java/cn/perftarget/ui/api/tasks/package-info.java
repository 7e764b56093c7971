/** /api/v1/tasks: the inbox tabs and the review actions. */
@NullMarked
package cn.perftarget.ui.api.tasks;

import org.jspecify.annotations.NullMarked;
