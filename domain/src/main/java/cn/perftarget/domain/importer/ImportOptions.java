package cn.perftarget.domain.importer;

import org.jspecify.annotations.Nullable;

/**
 * Defaults for what the pasted document does not say, given by the UI from the logged-in drafter.
 * They are used only where the document is silent; a unit or year named in the document always wins.
 *
 * @param unitCode   单位编码 (6 digits) of the drafter's unit, or null
 * @param unitName   单位名称, or null
 * @param fiscalYear 年度, or null
 */
public record ImportOptions(
        @Nullable String unitCode,
        @Nullable String unitName,
        @Nullable Integer fiscalYear) {

    /** No defaults: what the document does not say stays blank. */
    public static final ImportOptions NONE = new ImportOptions(null, null, null);
}
