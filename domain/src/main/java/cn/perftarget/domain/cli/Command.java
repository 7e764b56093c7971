package cn.perftarget.domain.cli;

import java.util.List;

/** One subcommand of {@link Cli}: {@code import FILE}, later {@code validate FILE [--json]} … */
public interface Command {

    /** The word that selects the command, e.g. {@code import}. */
    String name();

    /** The arguments after the name, for the usage text, e.g. {@code FILE}. */
    String arguments();

    /** One line in Chinese saying what the command does. */
    String summary();

    /**
     * Runs the command with the arguments after its name.
     *
     * @return the exit code
     * @throws CliException on a usage or input error (exit code {@link Cli#USAGE_OR_IO_ERROR})
     */
    int run(List<String> args, CliContext context) throws CliException;
}
