/**
 * In-app notifications: the review timers' reminders (到期提醒) and escalations (逾期上报), outcomes told to the unit, and
 * each user's bell.
 */
@NullMarked
package cn.perftarget.workflow.notification;

import org.jspecify.annotations.NullMarked;
