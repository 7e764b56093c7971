package cn.perftarget.workflow.approval;

/**
 * A refused action of the approval service; the message is Chinese and meant for the user. Nothing has changed when
 * one is thrown.
 */
public abstract class WorkflowException extends RuntimeException {

    protected WorkflowException(String message) {
        super(message);
    }

    protected WorkflowException(String message, Throwable cause) {
        super(message, cause);
    }
}
