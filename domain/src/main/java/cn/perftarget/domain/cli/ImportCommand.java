package cn.perftarget.domain.cli;

import cn.perftarget.domain.i18n.Message;
import cn.perftarget.domain.importer.ImportedDocument;
import cn.perftarget.domain.importer.PasteImporter;
import java.util.List;
import java.util.Set;

/** {@code import FILE [--lang en|zh]}: reads a pasted document and lists the tables found and the problems. */
public final class ImportCommand implements Command {

    private final PasteImporter importer = new PasteImporter();

    @Override
    public String name() {
        return "import";
    }

    @Override
    public String arguments() {
        return "FILE [--lang en|zh]";
    }

    @Override
    public Message summary() {
        return Message.of("cli.import.summary");
    }

    @Override
    public int run(List<String> args, CliContext context) throws CliException {
        Arguments a = Arguments.parse(this, args, Set.of());
        if (a.positional().size() != 1) {
            throw new CliException(Message.of("cli.error.oneFile", name(), Arguments.usage(this)));
        }
        String file = a.positional().get(0);
        ImportedDocument document = importer.read(context.readUtf8(file));
        context.out().print(new ImportReport(context.resolve(file).toString(), document, a.locale()).text());
        return Cli.OK;
    }
}
