package cn.perftarget.domain.cli;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Command-line entry point: {@code Cli import FILE}. Commands are looked up by their first argument;
 * to add one (e.g. {@code validate FILE [--json]}), implement {@link Command} and list it in {@link #commands()}.
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

    public int run(String[] args, CliContext context) {
        if (args.length == 0) {
            context.err().println("缺少命令。");
            context.err().print(usage());
            return USAGE_OR_IO_ERROR;
        }
        if (List.of("help", "-h", "--help").contains(args[0])) {
            context.out().print(usage());
            return OK;
        }
        Command command = commands.get(args[0]);
        if (command == null) {
            context.err().println("未知命令“" + args[0] + "”。");
            context.err().print(usage());
            return USAGE_OR_IO_ERROR;
        }
        try {
            return command.run(List.of(Arrays.copyOfRange(args, 1, args.length)), context);
        } catch (CliException e) {
            context.err().println("错误：" + e.getMessage());
            return USAGE_OR_IO_ERROR;
        }
    }

    String usage() {
        StringBuilder b = new StringBuilder("用法：\n");
        for (Command c : commands.values()) {
            b.append(String.format("  %-24s %s%n", c.name() + " " + c.arguments(), c.summary()));
        }
        return b.toString();
    }
}
