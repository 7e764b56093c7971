package cn.perftarget.domain.rules.reference;

import cn.perftarget.domain.i18n.Message;
import cn.perftarget.domain.i18n.MessageBundles;
import cn.perftarget.domain.rules.RuleInfo;
import cn.perftarget.domain.rules.RuleParameter;
import cn.perftarget.domain.rules.validation.GradeSuggestion;
import cn.perftarget.domain.rules.validation.RuleCatalog;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * Generates the rules reference page ({@code docs/rules.md}, in Chinese) from the rule classes and the domain
 * bundle: id, name, severity, what each checks, its example and its parameters. A test keeps the checked-in page
 * equal to this output. The same page can be rendered in English.
 */
public final class RulesReference {

    /** The command that regenerates the page, run from the repository root. */
    public static final String REGENERATE =
            "./mvnw -q -pl domain compile exec:java -Dexec.args=\"rules-doc docs/rules.md\"";

    private final MessageBundles texts = MessageBundles.domain();
    private final Locale locale;

    private RulesReference(Locale locale) {
        this.locale = locale;
    }

    /** The page in Chinese, as checked in. */
    public static String markdown() {
        return markdown(MessageBundles.CHINESE);
    }

    /** The page in the language of {@code locale}. */
    public static String markdown(Locale locale) {
        return new RulesReference(locale).page(RuleCatalog.infos().values());
    }

    private String page(Collection<RuleInfo> rules) {
        StringBuilder b = new StringBuilder();
        b.append("# ").append(text("reference.title")).append("\n\n");
        b.append("> ")
                .append(text("reference.generated", RulesReference.class.getName()))
                .append('\n');
        b.append("> ").append(text("reference.regenerate", REGENERATE)).append("\n\n");
        b.append(text("reference.severities")).append("\n\n");
        b.append(text("reference.grades", List.copyOf(new TreeSet<>(GradeSuggestion.TEXT_LEVEL_RULES))))
                .append("\n\n");
        b.append("| ")
                .append(text("reference.column.id"))
                .append(" | ")
                .append(text("reference.column.name"))
                .append(" | ")
                .append(text("reference.column.severity"))
                .append(" | ")
                .append(text("reference.column.checks"))
                .append(" |\n|---|---|---|---|\n");
        for (RuleInfo r : rules) {
            b.append("| ")
                    .append(r.id())
                    .append(" | ")
                    .append(render(r.name()))
                    .append(" | ")
                    .append(severity(r))
                    .append(" | ")
                    .append(cell(render(r.checks())))
                    .append(" |\n");
        }
        for (RuleInfo r : rules) {
            b.append("\n## ")
                    .append(r.id())
                    .append(' ')
                    .append(render(r.name()))
                    .append("\n\n");
            b.append("- ").append(text("reference.item.severity", severity(r))).append('\n');
            b.append("- ")
                    .append(text("reference.item.checks", render(r.checks())))
                    .append('\n');
            b.append("- ")
                    .append(text("reference.item.example", render(r.example())))
                    .append('\n');
            if (r.parameters().isEmpty()) {
                b.append("- ").append(text("reference.item.noParameters")).append('\n');
            } else {
                b.append("- ").append(text("reference.item.parameters")).append('\n');
                for (RuleParameter p : r.parameters()) {
                    b.append("  - ")
                            .append(text("reference.parameter", p.key(), p.label(), p.defaultArgument()))
                            .append('\n');
                }
            }
        }
        return b.toString();
    }

    private String severity(RuleInfo r) {
        return r.optionalSeverityNote()
                .map(note -> text(
                        "reference.severityWithNote",
                        r.defaultSeverity(),
                        r.defaultSeverity().name(),
                        note))
                .orElseGet(() -> text(
                        "reference.severity",
                        r.defaultSeverity(),
                        r.defaultSeverity().name()));
    }

    private String text(String key, Object... args) {
        return texts.text(key, locale, args);
    }

    private String render(Message message) {
        return texts.render(message, locale);
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
