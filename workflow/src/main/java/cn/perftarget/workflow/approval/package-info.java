/**
 * The approval service, the one API for every action of an approval round (新建, 提交, 通过, 退回, 评级, 确认 …), each in one
 * transaction with the engine, the table and the audit history.
 */
@NullMarked
package cn.perftarget.workflow.approval;

import org.jspecify.annotations.NullMarked;
