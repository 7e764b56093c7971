package cn.perftarget.domain.framework;

import org.jspecify.annotations.Nullable;

/**
 * Where a row's 一级/二级 names land in a framework.
 *
 * @param status         whether the pair is allowed
 * @param kind           what the row measures; null unless the 二级 name is known (even when misplaced)
 * @param level1         the canonical 一级 name, or null when unknown
 * @param level2         the canonical 二级 name, or null when unknown
 * @param expectedLevel1 for a misplaced 二级: the 一级 it belongs under
 */
public record Placement(
        Status status,
        @Nullable IndicatorKind kind,
        @Nullable String level1,
        @Nullable String level2,
        @Nullable String expectedLevel1) {

    public enum Status {
        /** an allowed pair */
        OK,
        /** both names blank */
        BLANK,
        /** the 一级 name is not in the framework */
        UNKNOWN_LEVEL1,
        /** the 二级 name is not in the framework (or blank under a known 一级) */
        UNKNOWN_LEVEL2,
        /** a known 二级 under a known 一级 that does not allow it */
        MISPLACED
    }

    public boolean isOk() {
        return status == Status.OK;
    }
}
