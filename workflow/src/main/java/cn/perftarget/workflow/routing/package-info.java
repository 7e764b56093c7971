/**
 * Which fiscal section reviews a department's tables: the organisation's {@code section_department}, the one source of
 * both scope and routing — the process's routing bean, the consistency check, and the move of open fiscal reviews.
 */
@NullMarked
package cn.perftarget.workflow.routing;

import org.jspecify.annotations.NullMarked;
