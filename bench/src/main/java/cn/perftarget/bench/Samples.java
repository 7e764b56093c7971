package cn.perftarget.bench;

import java.util.Arrays;

/** Durations of repeated calls, in nanoseconds, with their percentiles (nearest rank). */
public final class Samples {

    private long[] values = new long[64];
    private int size;

    public void add(long nanos) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = nanos;
    }

    /** Adds the other's durations to these. */
    public void addAll(Samples other) {
        for (int i = 0; i < other.size; i++) {
            add(other.values[i]);
        }
    }

    public int size() {
        return size;
    }

    /** The p-th percentile in milliseconds, nearest-rank method (p in 0..100). */
    public double percentileMillis(double p) {
        if (size == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(values, size);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * size);
        return sorted[Math.max(0, Math.min(size - 1, rank - 1))] / 1e6;
    }

    public double meanMillis() {
        return size == 0 ? Double.NaN : Arrays.stream(values, 0, size).average().orElse(0) / 1e6;
    }

    public Summary summary() {
        return new Summary(
                size,
                round(percentileMillis(50)),
                round(percentileMillis(95)),
                round(percentileMillis(99)),
                round(percentileMillis(100)),
                round(meanMillis()));
    }

    /** Milliseconds. */
    public record Summary(int n, double p50, double p95, double p99, double max, double mean) {}

    public static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
