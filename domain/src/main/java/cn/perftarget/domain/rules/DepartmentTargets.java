package cn.perftarget.domain.rules;

import java.util.List;

/**
 * The department part of a document (部门整体绩效目标) as the rules need it: the 分项绩效目标 items.
 *
 * @param overallGoal 总体绩效目标 text
 * @param items       the 分项绩效目标, in order
 */
public record DepartmentTargets(String overallGoal, List<Item> items) {

    public DepartmentTargets {
        overallGoal = overallGoal == null ? "" : overallGoal;
        items = items == null ? List.of() : List.copyOf(items);
    }

    /**
     * One 分项绩效目标.
     *
     * @param title e.g. 系统维护费, 政务服务事项限时办结率
     * @param text  its 绩效目标/绩效指标 text
     */
    public record Item(String title, String text) {

        public Item {
            title = title == null ? "" : title;
            text = text == null ? "" : text;
        }
    }
}
