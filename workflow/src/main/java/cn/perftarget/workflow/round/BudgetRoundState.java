package cn.perftarget.workflow.round;

import cn.perftarget.domain.i18n.Labelled;

/** Where a budget round stands; its name is in the workflow bundle ({@code round.state.*}). */
public enum BudgetRoundState implements Labelled {
    /** 进行中: tables of the year are submitted (late ones marked) */
    OPEN("round.state.OPEN"),
    /** 已结束: only adjustments (调整) start new reviews */
    CLOSED("round.state.CLOSED");

    private final String labelKey;

    BudgetRoundState(String labelKey) {
        this.labelKey = labelKey;
    }

    @Override
    public String labelKey() {
        return labelKey;
    }
}
