package cn.perftarget.domain.cli;

import cn.perftarget.domain.importer.ImportedDocument;
import cn.perftarget.domain.importer.PasteImporter;
import cn.perftarget.domain.rules.DocumentValidation;
import cn.perftarget.domain.rules.Validator;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code validate FILE [--json]}: imports a pasted document, validates every table against the others and the
 * department part, prints every finding; exits 1 when an ERROR is found.
 */
public final class ValidateCommand implements Command {

    /** Exit code when at least one ERROR finding is found. */
    public static final int ERRORS_FOUND = 1;

    private final PasteImporter importer = new PasteImporter();
    private final Validator validator;

    public ValidateCommand() {
        this(Validator.defaults());
    }

    public ValidateCommand(Validator validator) {
        this.validator = validator;
    }

    @Override
    public String name() {
        return "validate";
    }

    @Override
    public String arguments() {
        return "FILE [--json]";
    }

    @Override
    public String summary() {
        return "预审：按R01–R32规则检查文档中每张绩效目标表，列出全部问题（有错误时退出码为1）";
    }

    @Override
    public int run(List<String> args, CliContext context) throws CliException {
        List<String> files = new ArrayList<>();
        boolean json = false;
        for (String a : args) {
            if ("--json".equals(a)) {
                json = true;
            } else if (a.startsWith("--")) {
                throw new CliException("validate 不认识选项“" + a + "”：validate FILE [--json]");
            } else {
                files.add(a);
            }
        }
        if (files.size() != 1) {
            throw new CliException("validate 需要且只需要一个文件参数：validate FILE [--json]");
        }
        ImportedDocument document = importer.read(context.readUtf8(files.get(0)));
        ValidationReport report = new ValidationReport(context.resolve(files.get(0)).toString(),
                DocumentValidation.validate(validator, document));
        context.out().print(json ? report.json() : report.text());
        return report.hasErrors() ? ERRORS_FOUND : Cli.OK;
    }
}
