/**
 * 提交提醒 of the budget rounds: units with unsubmitted tables are reminded before a round's submission deadline, once
 * per round and unit across the nodes of a cluster (a package of its own: it notifies, and the notifications observe
 * the approval service, which asks the rounds).
 */
@NullMarked
package cn.perftarget.workflow.round.reminder;

import org.jspecify.annotations.NullMarked;
