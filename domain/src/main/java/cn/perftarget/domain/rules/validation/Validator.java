package cn.perftarget.domain.rules.validation;

import cn.perftarget.domain.framework.Framework;
import cn.perftarget.domain.framework.FrameworkCatalog;
import cn.perftarget.domain.rules.Finding;
import cn.perftarget.domain.rules.FindingSink;
import cn.perftarget.domain.rules.Rule;
import cn.perftarget.domain.rules.RuleSetting;
import cn.perftarget.domain.rules.RuleSettings;
import cn.perftarget.domain.rules.Severity;
import cn.perftarget.domain.rules.TableFacts;
import cn.perftarget.domain.rules.ValidationContext;
import cn.perftarget.domain.table.TargetTable;
import cn.perftarget.domain.value.ValueParser;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Runs the enabled rules of a region's settings over a table. Build one per region and keep it (rules compile their
 * keyword lists once); {@link #validate} is thread-safe and cheap enough to run on every keystroke.
 */
public final class Validator {

    private static final Validator DEFAULTS = new Validator(RuleSettings.defaults(), FrameworkCatalog.bundled());

    private final List<Rule> rules;
    private final @Nullable Severity[] overrides;
    private final FrameworkCatalog frameworks;
    private final ValueParser parser;

    public Validator(RuleSettings settings, FrameworkCatalog frameworks) {
        this.frameworks = frameworks;
        this.parser = settings.grades().equals(ValueParser.DEFAULT_GRADES)
                ? ValueParser.DEFAULT
                : new ValueParser(settings.grades());
        List<Rule> enabled = new ArrayList<>();
        List<@Nullable Severity> severities = new ArrayList<>();
        for (Rule rule : RuleCatalog.create(settings)) {
            RuleSetting s = settings.forRule(rule.info().id());
            if (s.enabled()) {
                enabled.add(rule);
                severities.add(s.severity());
            }
        }
        this.rules = List.copyOf(enabled);
        this.overrides = severities.toArray(Severity[]::new);
    }

    /** The validator of the default settings and the bundled frameworks. */
    public static Validator defaults() {
        return DEFAULTS;
    }

    public List<Rule> rules() {
        return rules;
    }

    /** The findings of one table, in rule order. */
    public List<Finding> validate(TargetTable table, ValidationContext context) {
        Framework framework = frameworks.forTable(table, context.regionCode());
        TableFacts facts = new TableFacts(table, context, framework, parser);
        FindingSink sink = new FindingSink();
        for (int i = 0; i < rules.size(); i++) {
            Rule rule = rules.get(i);
            sink.begin(rule.info().id(), rule.info().defaultSeverity(), overrides[i]);
            rule.check(facts, sink);
        }
        return sink.findings();
    }

    /**
     * Whether a rule comparing tables with each other ({@link Rule#readsOtherTables()}) can report an ERROR under
     * these settings (its region's override, or else its default severity). When not, a caller that only wants the
     * ERROR findings (the submission check) need not load the other tables.
     */
    public boolean otherTablesCanReportErrors() {
        for (int i = 0; i < rules.size(); i++) {
            Rule rule = rules.get(i);
            Severity effective =
                    overrides[i] != null ? overrides[i] : rule.info().defaultSeverity();
            if (rule.readsOtherTables() && effective == Severity.ERROR) {
                return true;
            }
        }
        return false;
    }

    /** A table on its own (no cross-table rules). */
    public List<Finding> validate(TargetTable table) {
        return validate(table, ValidationContext.empty());
    }
}
