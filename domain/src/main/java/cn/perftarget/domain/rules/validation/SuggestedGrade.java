package cn.perftarget.domain.rules.validation;

import cn.perftarget.domain.i18n.Labelled;

/**
 * The grade a fiscal reviewer is offered from the findings; the reviewer may override it, with a reason. Its name is
 * in the bundle ({@code grade.*}, which also names 差, the grade never suggested).
 */
public enum SuggestedGrade implements Labelled {
    /** 优: approve */
    EXCELLENT("grade.EXCELLENT"),
    /** 良: approve after small edits by the reviewer (协商修改) */
    GOOD("grade.GOOD"),
    /** 中: return for revision */
    FAIR("grade.FAIR");

    private final String labelKey;

    SuggestedGrade(String labelKey) {
        this.labelKey = labelKey;
    }

    @Override
    public String labelKey() {
        return labelKey;
    }
}
