package cn.perftarget.domain.cli;

import cn.perftarget.domain.i18n.Message;
import cn.perftarget.domain.i18n.MessageBundles;
import cn.perftarget.domain.rules.reference.RulesReference;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * {@code rules-doc [FILE] [--lang en|zh]}: writes the rules reference page (to FILE, or to standard output); the
 * checked-in {@code docs/rules.md} is the Chinese page.
 */
public final class RulesDocCommand implements Command {

    @Override
    public String name() {
        return "rules-doc";
    }

    @Override
    public String arguments() {
        return "[FILE] [--lang en|zh]";
    }

    @Override
    public Message summary() {
        return Message.of("cli.rulesDoc.summary");
    }

    @Override
    public int run(List<String> args, CliContext context) throws CliException {
        Arguments a = Arguments.parse(this, args, Set.of());
        if (a.positional().size() > 1) {
            throw new CliException(Message.of("cli.error.atMostOneFile", name(), Arguments.usage(this)));
        }
        String page = RulesReference.markdown(a.locale());
        if (a.positional().isEmpty()) {
            context.out().print(page);
            return Cli.OK;
        }
        Path target = context.workingDirectory().resolve(a.positional().get(0)).normalize();
        try {
            if (target.getParent() != null) {
                Files.createDirectories(target.getParent());
            }
            Files.writeString(target, page, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CliException(
                    Message.of("cli.error.unwritable", target.toString(), String.valueOf(e.getMessage())), e);
        }
        context.out().println(MessageBundles.domain().text("cli.rulesDoc.written", a.locale(), target.toString()));
        return Cli.OK;
    }
}
