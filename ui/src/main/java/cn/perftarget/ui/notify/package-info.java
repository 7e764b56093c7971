/**
 * The notification bell and the list of a user's in-app notifications (到期提醒, 逾期上报, 办理结果).
 */
@NullMarked
package cn.perftarget.ui.notify;

import org.jspecify.annotations.NullMarked;
