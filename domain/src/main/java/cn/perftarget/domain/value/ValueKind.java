package cn.perftarget.domain.value;

/** What an 指标值 is. */
public enum ValueKind {
    /** [operator] number [unit], e.g. ≥95%, 3860元/月/人 */
    QUANTITATIVE,
    /** 时限: 每月15日前, 11月以前完成, 当日办结 */
    DEADLINE,
    /** a value of the configured grade list: 好, 较好, 良好 … */
    GRADE,
    /** anything else: 显著提升, 保障工作顺利开展 */
    TEXT,
    /** nothing written */
    BLANK
}
