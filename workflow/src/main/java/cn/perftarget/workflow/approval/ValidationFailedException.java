package cn.perftarget.workflow.approval;

import cn.perftarget.domain.rules.Finding;

import java.util.List;

/** The table has ERROR findings: it cannot be submitted (or saved as a reviewer's edit) until they are fixed. */
public class ValidationFailedException extends WorkflowException {

    private final List<Finding> errors;

    public ValidationFailedException(List<Finding> errors) {
        super("绩效目标表还有" + errors.size() + "项错误，请修改后再提交");
        this.errors = List.copyOf(errors);
    }

    /** The ERROR findings, in rule order. */
    public List<Finding> errors() {
        return errors;
    }
}
