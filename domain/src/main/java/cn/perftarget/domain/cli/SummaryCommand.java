package cn.perftarget.domain.cli;

import cn.perftarget.domain.i18n.Message;
import cn.perftarget.domain.i18n.MessageBundles;
import cn.perftarget.domain.importer.ImportedDocument;
import cn.perftarget.domain.importer.SeedDocuments;
import cn.perftarget.domain.rules.validation.DocumentValidation;
import cn.perftarget.domain.rules.validation.FindingSummary;
import cn.perftarget.domain.rules.validation.Validator;
import java.util.List;
import java.util.Set;

/**
 * {@code summary [FILE...] [--lang en|zh]}: the number of findings per rule and severity over all tables of the given
 * documents, by default the four bundled seed documents, as a Markdown table.
 */
public final class SummaryCommand implements Command {

    private final Validator validator;

    public SummaryCommand() {
        this(Validator.defaults());
    }

    public SummaryCommand(Validator validator) {
        this.validator = validator;
    }

    @Override
    public String name() {
        return "summary";
    }

    @Override
    public String arguments() {
        return "[FILE...] [--lang en|zh]";
    }

    @Override
    public Message summary() {
        return Message.of("cli.summary.summary");
    }

    @Override
    public int run(List<String> args, CliContext context) throws CliException {
        Arguments a = Arguments.parse(this, args, Set.of());
        FindingSummary summary = new FindingSummary();
        StringBuilder sources = new StringBuilder();
        if (a.positional().isEmpty()) {
            for (String r : SeedDocuments.RESOURCES) {
                add(summary, SeedDocuments.load(r));
                sources.append("  ").append(r).append('\n');
            }
        } else {
            DocumentFiles documents = new DocumentFiles();
            for (String f : a.positional()) {
                add(summary, documents.read(f, context));
                sources.append("  ").append(context.resolve(f)).append('\n');
            }
        }
        context.out()
                .print(MessageBundles.domain().text("cli.summary.documents", a.locale()) + "\n" + sources + "\n"
                        + summary.markdown(a.locale()));
        return Cli.OK;
    }

    private void add(FindingSummary summary, ImportedDocument document) {
        DocumentValidation.validate(validator, document).forEach(t -> summary.addTable(t.findings()));
    }
}
