package cn.perftarget.domain.cli;

import cn.perftarget.domain.importer.ImportedDocument;
import cn.perftarget.domain.importer.PasteImporter;
import cn.perftarget.domain.rules.DocumentValidation;
import cn.perftarget.domain.rules.FindingSummary;
import cn.perftarget.domain.rules.SeedDocuments;
import cn.perftarget.domain.rules.Validator;

import java.util.List;

/**
 * {@code summary [FILE...]}: the number of findings per rule and severity over all tables of the given documents,
 * by default the four bundled seed documents, as a Markdown table.
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
        return "[FILE...]";
    }

    @Override
    public String summary() {
        return "按规则和严重程度统计问题数（不给文件时统计内置的四份种子文档）";
    }

    @Override
    public int run(List<String> args, CliContext context) throws CliException {
        FindingSummary summary = new FindingSummary();
        StringBuilder sources = new StringBuilder();
        if (args.isEmpty()) {
            for (String r : SeedDocuments.RESOURCES) {
                add(summary, SeedDocuments.load(r));
                sources.append("  ").append(r).append('\n');
            }
        } else {
            PasteImporter importer = new PasteImporter();
            for (String f : args) {
                add(summary, importer.read(context.readUtf8(f)));
                sources.append("  ").append(context.resolve(f)).append('\n');
            }
        }
        context.out().print("文档：\n" + sources + "\n" + summary.markdown());
        return Cli.OK;
    }

    private void add(FindingSummary summary, ImportedDocument document) {
        DocumentValidation.validate(validator, document).forEach(t -> summary.addTable(t.findings()));
    }
}
