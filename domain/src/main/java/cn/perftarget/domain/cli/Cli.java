package cn.perftarget.domain.cli;

import cn.perftarget.domain.i18n.MessageBundles;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Command-line entry point: {@code Cli import FILE}, {@code Cli validate FILE [--json]}, {@code Cli summary
 * [FILE...]}, {@code Cli rules-doc [FILE]}. Commands are looked up by their first argument; to add one, implement
 * {@link Command} and list it in {@link #commands()}. Texts are Chinese unless the command line says
 * {@code --lang en} (anywhere, also before the command); usage and input errors go to standard error with exit code
 * {@link #USAGE_OR_IO_ERROR}.
 */
public final class Cli {

    public static final int OK = 0;
    public static final int USAGE_OR_IO_ERROR = 2;

    private final Map<String, Command> commands = new LinkedHashMap<>();

    public Cli(List<Command> commands) {
        commands.forEach(c -> this.commands.put(c.name(), c));
    }

    /** The commands of the tool. */
    public static List<Command> commands() {
        return List.of(new ImportCommand(), new ValidateCommand(), new SummaryCommand(), new RulesDocCommand());
    }

    public static void main(String[] args) {
        CliContext context = CliContext.system();
        int code = new Cli(commands()).run(args, context);
        context.out().flush();
        context.err().flush();
        if (code != OK) {
            System.exit(code);
        }
    }

    public int run(String[] arguments, CliContext context) {
        String[] args = languageLast(arguments);
        Locale locale = Arguments.localeOf(args);
        if (args.length == 0 || args[0].startsWith("--") && !args[0].equals("--help")) {
            context.err().println(text(locale, "cli.missingCommand"));
            context.err().print(usage(locale));
            return USAGE_OR_IO_ERROR;
        }
        if (List.of("help", "-h", "--help").contains(args[0])) {
            context.out().print(usage(locale));
            return OK;
        }
        Command command = commands.get(args[0]);
        if (command == null) {
            context.err().println(text(locale, "cli.unknownCommand", args[0]));
            context.err().print(usage(locale));
            return USAGE_OR_IO_ERROR;
        }
        try {
            return command.run(List.of(Arrays.copyOfRange(args, 1, args.length)), context);
        } catch (CliException e) {
            context.err().println(text(locale, "cli.error", e.message()));
            return USAGE_OR_IO_ERROR;
        }
    }

    /** {@code --lang en validate FILE} as {@code validate FILE --lang en}: the language may come first. */
    private static String[] languageLast(String[] args) {
        int n = args.length > 0 && args[0].equals(Arguments.LANG)
                ? 2
                : args.length > 0 && args[0].startsWith(Arguments.LANG + "=") ? 1 : 0;
        if (n == 0 || args.length < n) {
            return args;
        }
        String[] moved = new String[args.length];
        System.arraycopy(args, n, moved, 0, args.length - n);
        System.arraycopy(args, 0, moved, args.length - n, n);
        return moved;
    }

    String usage(Locale locale) {
        StringBuilder b = new StringBuilder(text(locale, "cli.usage")).append('\n');
        for (Command c : commands.values()) {
            b.append(String.format(
                    "  %-38s %s%n", Arguments.usage(c), MessageBundles.domain().render(c.summary(), locale)));
        }
        return b.toString();
    }

    private static String text(Locale locale, String key, Object... args) {
        return MessageBundles.domain().text(key, locale, args);
    }
}
