/**
 * The deadline-day load of issue 18: simulated drafters and reviewers at once through {@code /api/v1}, the per-action
 * latencies, the lost-update and consistency check afterwards, and the heap per signed-in Vaadin session.
 */
@NullMarked
package cn.perftarget.bench.deadline;

import org.jspecify.annotations.NullMarked;
