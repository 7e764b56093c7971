/**
 * The names the process {@code target-approval} (绩效目标表审批) and the decision {@code fiscal-routing} (财政审核科室分派) share
 * with the services that drive them: ids, variables, candidate groups and the values of the decision variables.
 */
@NullMarked
package cn.perftarget.bpmn;

import org.jspecify.annotations.NullMarked;
