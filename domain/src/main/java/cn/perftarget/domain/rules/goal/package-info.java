/**
 * The rules of the 绩效目标 text: placeholders (R01), repeated items (R02), a goal copied from another project (R03)
 * and percentages that disagree with the indicators (R30).
 */
@NullMarked
package cn.perftarget.domain.rules.goal;

import org.jspecify.annotations.NullMarked;
