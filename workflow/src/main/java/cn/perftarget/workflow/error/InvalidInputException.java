package cn.perftarget.workflow.error;

import cn.perftarget.domain.i18n.Message;

/**
 * The request lacks something or carries something wrong, e.g. a return without a comment. {@link #input()} says
 * which input is at fault, so that a screen can mark that field.
 */
public class InvalidInputException extends WorkflowException {

    /** The inputs of the actions a refusal can point at. */
    public enum Input {
        /** 意见: the reviewer's or the unit's comment */
        COMMENT,
        /** the table's content (new table, draft, the 良 edit) */
        CONTENT,
        /** 年度 */
        FISCAL_YEAR,
        /** 审核等级 */
        GRADE,
        /** the pasted or uploaded text */
        DOCUMENT,
        /** the colleague a task is transferred to */
        COLLEAGUE,
        /** anything else */
        OTHER
    }

    private final Input input;

    public InvalidInputException(Input input, Message text) {
        super(text);
        this.input = input;
    }

    public static InvalidInputException of(Input input, String key, Object... args) {
        return new InvalidInputException(input, Message.of(key, args));
    }

    public Input input() {
        return input;
    }
}
