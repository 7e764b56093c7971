package cn.perftarget.domain.rules;

/** The grade a fiscal reviewer is offered from the findings; the reviewer may override it, with a reason. */
public enum SuggestedGrade {
    /** 优: approve */
    EXCELLENT("优"),
    /** 良: approve after small edits by the reviewer (协商修改) */
    GOOD("良"),
    /** 中: return for revision */
    FAIR("中");

    private final String label;

    SuggestedGrade(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
