package cn.perftarget.ui.api.error;

import cn.perftarget.workflow.error.InvalidInputException;

/** The request field an {@link InvalidInputException} points at, by its JSON name. */
final class InputNames {

    private InputNames() {}

    static String of(InvalidInputException.Input input) {
        return switch (input) {
            case COMMENT -> "comment";
            case CONTENT -> "content";
            case FISCAL_YEAR -> "fiscal_year";
            case GRADE -> "grade";
            case DOCUMENT -> "files";
            case COLLEAGUE -> "to";
            case OTHER -> "request";
        };
    }
}
