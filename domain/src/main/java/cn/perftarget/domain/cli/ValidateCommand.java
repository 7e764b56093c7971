package cn.perftarget.domain.cli;

import cn.perftarget.domain.i18n.Message;
import cn.perftarget.domain.importer.ImportedDocument;
import cn.perftarget.domain.rules.validation.DocumentValidation;
import cn.perftarget.domain.rules.validation.Validator;
import java.util.List;
import java.util.Set;

/**
 * {@code validate FILE [--json] [--lang en|zh]}: imports a document (pasted text, or a Word or Excel file), validates
 * every table against the others and the department part, prints every finding; exits 1 when an ERROR is found.
 */
public final class ValidateCommand implements Command {

    /** Exit code when at least one ERROR finding is found. */
    public static final int ERRORS_FOUND = 1;

    private static final String JSON = "--json";

    private final DocumentFiles documents = new DocumentFiles();
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
        return "FILE [--json] [--lang en|zh]";
    }

    @Override
    public Message summary() {
        return Message.of("cli.validate.summary");
    }

    @Override
    public int run(List<String> args, CliContext context) throws CliException {
        Arguments a = Arguments.parse(this, args, Set.of(JSON));
        if (a.positional().size() != 1) {
            throw new CliException(Message.of("cli.error.oneFile", name(), Arguments.usage(this)));
        }
        String file = a.positional().get(0);
        ImportedDocument document = documents.read(file, context);
        ValidationReport report = new ValidationReport(
                context.resolve(file).toString(), DocumentValidation.validate(validator, document), a.locale());
        context.out().print(a.has(JSON) ? report.json() : report.text());
        return report.hasErrors() ? ERRORS_FOUND : Cli.OK;
    }
}
