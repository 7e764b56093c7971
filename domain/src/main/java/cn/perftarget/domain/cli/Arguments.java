package cn.perftarget.domain.cli;

import cn.perftarget.domain.i18n.Message;
import cn.perftarget.domain.i18n.MessageBundles;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The arguments of a command: its files, the flags it knows (e.g. {@code --json}) and the language of its output,
 * {@code --lang en|zh} (or {@code --lang=en}), Chinese by default.
 */
final class Arguments {

    static final String LANG = "--lang";

    private final List<String> positional;
    private final Set<String> flags;
    private final Locale locale;

    private Arguments(List<String> positional, Set<String> flags, Locale locale) {
        this.positional = List.copyOf(positional);
        this.flags = Set.copyOf(flags);
        this.locale = locale;
    }

    /**
     * @param command the command, for the usage in an error
     * @param known   the flags the command accepts besides {@code --lang}
     */
    static Arguments parse(Command command, List<String> args, Set<String> known) throws CliException {
        List<String> positional = new ArrayList<>();
        Set<String> flags = new java.util.HashSet<>();
        Locale locale = MessageBundles.CHINESE;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals(LANG) || a.startsWith(LANG + "=")) {
                String value =
                        a.equals(LANG) ? (i + 1 < args.size() ? args.get(++i) : "") : a.substring(LANG.length() + 1);
                locale = language(value);
            } else if (known.contains(a)) {
                flags.add(a);
            } else if (a.startsWith("--")) {
                throw new CliException(Message.of("cli.error.unknownOption", command.name(), a, usage(command)));
            } else {
                positional.add(a);
            }
        }
        return new Arguments(positional, flags, locale);
    }

    /** The language asked for anywhere on the command line, Chinese when none or an unknown one is. */
    static Locale localeOf(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String value = args[i].equals(LANG) && i + 1 < args.length
                    ? args[i + 1]
                    : args[i].startsWith(LANG + "=") ? args[i].substring(LANG.length() + 1) : null;
            if (value != null) {
                try {
                    return language(value);
                } catch (CliException e) {
                    return MessageBundles.CHINESE;
                }
            }
        }
        return MessageBundles.CHINESE;
    }

    private static Locale language(String value) throws CliException {
        return switch (value) {
            case "zh" -> MessageBundles.CHINESE;
            case "en" -> MessageBundles.ENGLISH;
            default -> throw new CliException(Message.of("cli.error.language", value));
        };
    }

    /** The command as typed: {@code import FILE [--lang en|zh]}. */
    static String usage(Command command) {
        return command.name() + " " + command.arguments();
    }

    List<String> positional() {
        return positional;
    }

    boolean has(String flag) {
        return flags.contains(flag);
    }

    Locale locale() {
        return locale;
    }
}
