package cn.perftarget.workflow.approval;

/** Someone else acted first: the task was handled or claimed, or the table changed meanwhile. */
public class ConflictException extends WorkflowException {

    public static final String TASK_HANDLED = "该任务已被他人处理";

    public ConflictException(String message) {
        super(message);
    }

    public ConflictException(String message, Throwable cause) {
        super(message, cause);
    }
}
