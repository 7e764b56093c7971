package cn.perftarget.workflow.approval;

import java.time.Instant;

/**
 * The task a table's round waits at.
 *
 * @param key      departmentReview, fiscalReview, unitConfirmation or revise
 * @param name     环节, e.g. 财政审核
 * @param assignee null while unclaimed
 * @param dueDate  null for tasks without one
 */
public record WaitingTask(String id, String key, String name, String assignee, Instant dueDate) {
}
