package cn.perftarget.workflow.error;

import cn.perftarget.domain.i18n.Message;
import cn.perftarget.workflow.text.WorkflowTexts;

/**
 * A refused action or read of the workflow's services. It says why as a {@link Message} ({@link #text()}), which
 * the screen or the API renders in the user's language; {@link #getMessage()} is its Chinese rendering, for logs.
 * The subclass tells what kind of refusal it is — callers decide by type, never by the text. Nothing has changed
 * when one is thrown.
 */
public abstract class WorkflowException extends RuntimeException {

    private final transient Message text;

    protected WorkflowException(Message text) {
        super(WorkflowTexts.chinese(text));
        this.text = text;
    }

    protected WorkflowException(Message text, Throwable cause) {
        super(WorkflowTexts.chinese(text), cause);
        this.text = text;
    }

    /** Why, for people. */
    public Message text() {
        return text;
    }
}
