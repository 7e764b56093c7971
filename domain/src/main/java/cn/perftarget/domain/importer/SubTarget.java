package cn.perftarget.domain.importer;

/**
 * One item of 分项绩效目标, e.g. {@code 1.系统维护费 / 绩效目标:… / 绩效指标：…}.
 *
 * @param title     the item heading without its numbering ("系统维护费")
 * @param goal      the text after 绩效目标:, or the item's unlabelled text
 * @param indicator the text after 绩效指标:, blank when the document gives none
 */
public record SubTarget(String title, String goal, String indicator) {

    public SubTarget {
        title = title == null ? "" : title;
        goal = goal == null ? "" : goal;
        indicator = indicator == null ? "" : indicator;
    }
}
