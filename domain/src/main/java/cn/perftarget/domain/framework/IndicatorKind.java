package cn.perftarget.domain.framework;

/**
 * What a 二级指标 measures, independent of the framework version that files it: the rules reason about kinds, the
 * framework data says which 一级/二级 names carry which kind.
 */
public enum IndicatorKind {
    /** 数量指标 */
    QUANTITY,
    /** 质量指标 */
    QUALITY,
    /** 时效指标 */
    TIMELINESS,
    /** 成本指标 (2015) / 经济成本指标 (2021): an amount of money */
    COST,
    /** 社会成本指标 (2021) */
    SOCIAL_COST,
    /** 生态环境成本指标 (2021) */
    ECOLOGICAL_COST,
    /** 经济效益指标 */
    ECONOMIC_BENEFIT,
    /** 社会效益指标 */
    SOCIAL_BENEFIT,
    /** 生态效益指标 */
    ECOLOGICAL_BENEFIT,
    /** 可持续影响指标 */
    SUSTAINABILITY,
    /** 服务对象满意度指标 */
    SATISFACTION;

    /** 效益 (benefit) kinds. */
    public boolean isBenefit() {
        return this == ECONOMIC_BENEFIT
                || this == SOCIAL_BENEFIT
                || this == ECOLOGICAL_BENEFIT
                || this == SUSTAINABILITY;
    }

    /** 产出 (output) kinds, 成本 included as in the 2015 framework. */
    public boolean isOutput() {
        return this == QUANTITY || this == QUALITY || this == TIMELINESS || this == COST;
    }
}
