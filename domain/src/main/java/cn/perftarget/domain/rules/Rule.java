package cn.perftarget.domain.rules;

/**
 * A pre-review rule. Implementations are small, stateless after construction (thresholds and keyword lists are read
 * once, from {@link RuleParameters}, in the constructor) and fast: {@link #check} runs on every keystroke.
 */
public interface Rule {

    /** Id, name, severity, what it checks, example, parameters. */
    RuleInfo info();

    /** Reports the defects of one table (with its context) to {@code out}. */
    void check(TableFacts table, FindingSink out);

    /**
     * Whether the rule compares the table with other tables of its context (siblings, the department's tables); such
     * a rule reports at most its {@link RuleInfo#defaultSeverity() default severity} unless a region overrides it. A
     * rule that does not say so must find the same with and without them ({@code CrossTableRulesTest}).
     */
    default boolean readsOtherTables() {
        return false;
    }
}
