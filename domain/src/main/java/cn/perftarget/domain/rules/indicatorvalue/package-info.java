/**
 * The rules of the 指标值 and its basis: parsing (R21), units (R22), percentage bounds (R23), direction (R24), costs
 * (R25, R26), vague targets (R27), satisfaction (R28) and the 指标值确定依据 (R29).
 */
@NullMarked
package cn.perftarget.domain.rules.indicatorvalue;

import org.jspecify.annotations.NullMarked;
