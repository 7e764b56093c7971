package cn.perftarget.workflow.approval;

/**
 * Told of every action of the approval service inside the action's transaction, after the engine, the table and the
 * audit history have changed. Whatever it writes commits or rolls back with the action; if it throws, the action is
 * undone as a whole.
 */
public interface ApprovalObserver {

    void afterAction(ActionRecord record);
}
