/** The REST API of the budget's project list of a round (绩效目标全覆盖). */
@NullMarked
package cn.perftarget.ui.api.budget;

import org.jspecify.annotations.NullMarked;
