package cn.perftarget.workflow.overview;

import java.time.Duration;

/**
 * How long the tables waiting at a step have waited so far (since they reached it, {@code target_table.status_since}),
 * at the engine's clock.
 *
 * @param tables  how many wait there
 * @param median  the median waiting time (the lower middle one of an even number)
 * @param slowest the longest
 */
public record WaitingTime(OverviewState step, long tables, Duration median, Duration slowest) {}
