package cn.perftarget.domain.cli;

import cn.perftarget.domain.i18n.Message;
import cn.perftarget.domain.importer.ImportedDocument;
import java.util.List;
import java.util.Set;

/**
 * {@code import FILE [--lang en|zh]}: reads a document (text pasted out of Word or a PDF, or a .docx, .doc, .xlsx or
 * .xls file) and lists the tables found and the problems.
 */
public final class ImportCommand implements Command {

    private final DocumentFiles documents = new DocumentFiles();

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
        ImportedDocument document = documents.read(file, context);
        context.out().print(new ImportReport(context.resolve(file).toString(), document, a.locale()).text());
        return Cli.OK;
    }
}
