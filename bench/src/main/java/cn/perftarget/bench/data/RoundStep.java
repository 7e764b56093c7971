package cn.perftarget.bench.data;

import cn.perftarget.domain.table.TableStatus;

/**
 * Where a generated table stands. Drafts never submitted have no process instance (as in the real system: the round
 * starts at the first submission), nor have the previous round's tables taken over as approved when the system went
 * live; every other table has a real process instance, driven by the engine to its step — running at 主管部门审核,
 * 财政审核 or 编制修改 (returned), or ended at 已批复.
 */
public enum RoundStep {
    /** 编制中, never submitted: no process instance */
    DRAFT(TableStatus.DRAFTING),
    /** 主管部门审核: submitted, the department review task waits */
    DEPARTMENT_REVIEW(TableStatus.DEPT_REVIEW),
    /** 财政审核: passed by the department (DMN-routed), the fiscal review task waits */
    FISCAL_REVIEW(TableStatus.FISCAL_REVIEW),
    /** 编制中 after a department return: the revise task waits for the unit */
    RETURNED(TableStatus.DRAFTING),
    /** 已批复: graded 优 by the fiscal reviewer, the process has ended */
    APPROVED(TableStatus.APPROVED),
    /** 已批复 in the previous round, before the system: taken over at go-live with its 批复 version, no process */
    TAKEN_OVER(TableStatus.APPROVED);

    private final TableStatus status;

    RoundStep(TableStatus status) {
        this.status = status;
    }

    public TableStatus status() {
        return status;
    }

    public boolean hasRound() {
        return this != DRAFT && this != TAKEN_OVER;
    }

    /** The department reviewed it (passed or returned). */
    public boolean departmentReviewed() {
        return this == FISCAL_REVIEW || this == RETURNED || this == APPROVED;
    }
}
