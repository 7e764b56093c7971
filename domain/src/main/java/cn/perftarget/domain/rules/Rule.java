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
}
