package cn.perftarget.workflow.approval;

/** The request lacks something or carries something wrong, e.g. a return without a comment. */
public class InvalidInputException extends WorkflowException {

    public InvalidInputException(String message) {
        super(message);
    }
}
