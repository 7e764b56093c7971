/**
 * The benchmark harness of issue 7 ({@code BenchMain}): starts the app on a fresh embedded PostgreSQL, measures
 * inbox latency, SQL statements, approval throughput against the bare engine, start-up and heap, and writes the
 * report.
 */
@NullMarked
package cn.perftarget.bench;

import org.jspecify.annotations.NullMarked;
