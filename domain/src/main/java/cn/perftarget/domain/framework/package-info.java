/**
 * Indicator frameworks (指标体系): the 一级/二级 pairs each version allows, what each 二级指标 measures, and which framework a
 * table's year and region use.
 */
@NullMarked
package cn.perftarget.domain.framework;

import org.jspecify.annotations.NullMarked;
