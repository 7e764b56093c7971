package cn.perftarget.bench;

import java.util.List;

/**
 * One side of the API benchmark: a prepared draft taken through 提交 → 主管部门审核通过 → 财政审核 优, each reviewer
 * finding the task in the inbox by the project code first, as a client without other knowledge would. Every action
 * is one transaction with its audit entry.
 */
interface ReviewRound {

    /** The steps, the same on both sides. */
    List<String> STEPS = List.of("submit", "department inbox", "pass", "fiscal inbox", "grade 优");

    String name();

    /** Runs step {@code step} for the i-th prepared draft (after the steps before it). */
    void runStep(RoundTables.Draft draft, int step);

    /** How many of the drafts this side graded ended approved. */
    long approvedCount();
}
