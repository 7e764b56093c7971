package cn.perftarget.workflow.overview;

/** Tables of a department with at least one finding of a rule on their current content (the defects that recur). */
public record RuleCount(String departmentCode, String departmentName, String ruleId, long tables) {}
