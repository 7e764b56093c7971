/**
 * The JMH benchmark of the validator: the 32 rules over the real seed tables, in tables per second.
 */
@NullMarked
package cn.perftarget.bench.rules;

import org.jspecify.annotations.NullMarked;
