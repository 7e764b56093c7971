package cn.perftarget.domain.cli;

import cn.perftarget.domain.importer.ImportedDocument;
import cn.perftarget.domain.importer.PasteImporter;

import java.util.List;

/** {@code import FILE}: reads a pasted document and lists the tables found and the problems. */
public final class ImportCommand implements Command {

    private final PasteImporter importer = new PasteImporter();

    @Override
    public String name() {
        return "import";
    }

    @Override
    public String arguments() {
        return "FILE";
    }

    @Override
    public String summary() {
        return "读取从 Word/PDF 复制的绩效目标文档（UTF-8 文本），列出找到的绩效目标表和无法读取的内容";
    }

    @Override
    public int run(List<String> args, CliContext context) throws CliException {
        if (args.size() != 1) {
            throw new CliException("import 需要且只需要一个文件参数：import FILE");
        }
        String text = context.readUtf8(args.get(0));
        ImportedDocument document = importer.read(text);
        context.out().print(new ImportReport(context.resolve(args.get(0)).toString(), document).text());
        return Cli.OK;
    }
}
