/** /api/v1/rounds: the budget rounds (预算编制轮次) of the caller's region. */
@NullMarked
package cn.perftarget.ui.api.rounds;

import org.jspecify.annotations.NullMarked;
