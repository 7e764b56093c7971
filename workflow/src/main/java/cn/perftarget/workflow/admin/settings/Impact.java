package cn.perftarget.workflow.admin.settings;

/**
 * What a change of the rule settings (or of a year's framework) does to the region's open tables (not 已批复, not
 * 不予安排): how many were checked, and of how many the findings change.
 */
public record Impact(int checked, int changed) {}
