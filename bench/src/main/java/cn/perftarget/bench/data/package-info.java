/**
 * The benchmarks' data generator: a seeded organisation, its users and routing, and target tables spread over every
 * step of the approval round, written by COPY and driven through the real engine.
 */
@NullMarked
package cn.perftarget.bench.data;

import org.jspecify.annotations.NullMarked;
