package cn.perftarget.workflow.approval;

/** The table or task does not exist, or lies outside the user's scope (the two are not told apart). */
public class NotFoundException extends WorkflowException {

    public NotFoundException(String message) {
        super(message);
    }

    static NotFoundException table() {
        return new NotFoundException("绩效目标表不存在或无权访问");
    }

    static NotFoundException task() {
        return new NotFoundException("审批任务不存在或无权访问");
    }
}
