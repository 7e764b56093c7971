/**
 * 预算编制轮次 (budget rounds): per region and fiscal year, with a submission and a review deadline, opened and closed
 * by the 系统管理员; the submission window of the tables, late marks and the reminder of units before the deadline.
 */
@NullMarked
package cn.perftarget.workflow.round;

import org.jspecify.annotations.NullMarked;
