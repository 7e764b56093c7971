package cn.perftarget.workflow.approval;

/** The user may see the table but not do this: wrong role, wrong state, or separation of duties. */
public class NotAllowedException extends WorkflowException {

    public NotAllowedException(String message) {
        super(message);
    }
}
