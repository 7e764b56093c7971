package cn.perftarget.workflow.read;

import cn.perftarget.workflow.process.ProcessStep;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The task a table's round waits at.
 *
 * @param key      departmentReview, fiscalReview, unitConfirmation or revise
 * @param assignee null while unclaimed
 * @param dueDate  null for tasks without one
 */
public record WaitingTask(
        String id,
        String key,
        @Nullable String assignee,
        @Nullable Instant dueDate) {

    /** The step of the process the task is (主管部门审核, 财政审核 …); empty for a task the model does not know. */
    public Optional<ProcessStep> step() {
        return ProcessStep.ofActivity(key);
    }
}
