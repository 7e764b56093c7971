/**
 * How the approval round runs in each region (区划): the working days to a review's due date and to its escalation,
 * and whether a resubmission after 中 goes through the department again.
 */
@NullMarked
package cn.perftarget.workflow.settings;

import org.jspecify.annotations.NullMarked;
