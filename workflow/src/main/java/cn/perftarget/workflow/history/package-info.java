/**
 * What the workflow itself writes into an audit entry's comment (评级, 转办, 调整原因, 已提醒 …).
 */
@NullMarked
package cn.perftarget.workflow.history;

import org.jspecify.annotations.NullMarked;
