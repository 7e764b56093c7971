package cn.perftarget.workflow.error;

import cn.perftarget.domain.i18n.Message;

/**
 * The database cannot be reached right now (restarting, the network gone, no connection to be had): nothing was
 * done, and the same call may succeed once it is back. Tells the user so ({@code error.unavailable}) instead of an
 * incident; a screen keeps what the user typed.
 */
public class UnavailableException extends WorkflowException {

    public UnavailableException(Throwable cause) {
        super(Message.of("error.unavailable"), cause);
    }

    /** {@code failure} as an {@link UnavailableException} when the database was unreachable, else itself. */
    public static RuntimeException mapped(RuntimeException failure) {
        return failure instanceof WorkflowException || !DatabaseOutage.isCause(failure)
                ? failure
                : new UnavailableException(failure);
    }
}
