/**
 * Due dates of review tasks: the working-day calendar (工作日历) and the engine's clock.
 */
@NullMarked
package cn.perftarget.workflow.deadline;

import org.jspecify.annotations.NullMarked;
