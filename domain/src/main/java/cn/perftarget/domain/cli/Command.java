package cn.perftarget.domain.cli;

import cn.perftarget.domain.i18n.Message;
import java.util.List;

/**
 * One subcommand of {@link Cli}: {@code import}, {@code validate}, {@code summary}, {@code rules-doc}. Commands
 * that print texts take {@code --lang en|zh} (see {@link Arguments}).
 */
public interface Command {

    /** The word that selects the command, e.g. {@code import}. */
    String name();

    /** The arguments after the name, for the usage text, e.g. {@code FILE [--lang en|zh]}. */
    String arguments();

    /** One line saying what the command does. */
    Message summary();

    /**
     * Runs the command with the arguments after its name.
     *
     * @return the exit code
     * @throws CliException on a usage or input error (exit code {@link Cli#USAGE_OR_IO_ERROR})
     */
    int run(List<String> args, CliContext context) throws CliException;
}
