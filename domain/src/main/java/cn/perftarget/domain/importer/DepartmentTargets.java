package cn.perftarget.domain.importer;

import java.util.List;

/**
 * 部门整体绩效目标: the department-level part of a published document, each section as written.
 *
 * @param overallGoal   一、总体绩效目标
 * @param subTargetText 二、分项绩效目标, the whole section as written (some documents write it as one
 *                      paragraph without numbered items)
 * @param subTargets    the numbered items of that section, empty when it has none
 * @param measures      三、工作保障措施 / 目标规划及保障措施
 */
public record DepartmentTargets(String overallGoal, String subTargetText, List<SubTarget> subTargets, String measures) {

    public DepartmentTargets {
        overallGoal = overallGoal == null ? "" : overallGoal;
        subTargetText = subTargetText == null ? "" : subTargetText;
        subTargets = subTargets == null ? List.of() : List.copyOf(subTargets);
        measures = measures == null ? "" : measures;
    }
}
