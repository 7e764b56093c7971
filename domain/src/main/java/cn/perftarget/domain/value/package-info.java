/**
 * 指标值 parsed once: its kind, comparison operator, number and unit, beside the text the drafter typed.
 */
@NullMarked
package cn.perftarget.domain.value;

import org.jspecify.annotations.NullMarked;
