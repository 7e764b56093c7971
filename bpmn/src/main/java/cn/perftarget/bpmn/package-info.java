/**
 * The names the process {@code target-approval} (绩效目标表审批) shares with the services that drive it: ids, variables,
 * candidate groups, delegate bean names and the values of the decision variables.
 */
@NullMarked
package cn.perftarget.bpmn;

import org.jspecify.annotations.NullMarked;
