package cn.perftarget.workflow.error;

import cn.perftarget.domain.i18n.Message;
import cn.perftarget.domain.rules.Finding;
import java.util.List;

/** The table has ERROR findings: it cannot be submitted (or saved as a reviewer's edit) until they are fixed. */
public class ValidationFailedException extends WorkflowException {

    private final transient List<Finding> errors;

    public ValidationFailedException(List<Finding> errors) {
        super(Message.of("error.validation.errors", errors.size()));
        this.errors = List.copyOf(errors);
    }

    /** The ERROR findings, in rule order. */
    public List<Finding> errors() {
        return errors;
    }
}
