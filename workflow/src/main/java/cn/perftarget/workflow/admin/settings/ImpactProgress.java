package cn.perftarget.workflow.admin.settings;

/** Told how far a {@link RuleImpact} pass is: tables checked of the total, and how many of them change so far. */
@FunctionalInterface
public interface ImpactProgress {

    ImpactProgress NONE = (checked, total, changed) -> {};

    void progress(int checked, int total, int changed);
}
