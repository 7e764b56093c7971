/** 总览: the figures of a round per department and unit, the budget's project list (coverage) and 催办 (urges). */
@NullMarked
package cn.perftarget.workflow.overview;

import org.jspecify.annotations.NullMarked;
