package cn.perftarget.domain.cli;

/** A usage or input error: the command prints the Chinese message and exits with {@link Cli#USAGE_OR_IO_ERROR}. */
public class CliException extends Exception {

    public CliException(String message) {
        super(message);
    }

    public CliException(String message, Throwable cause) {
        super(message, cause);
    }
}
