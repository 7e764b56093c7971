package cn.perftarget.bench;

import java.util.List;

/** One table taken from submission (or creation) to approval, step by step; each step one transaction. */
interface ApprovalCycle {

    String name();

    /** The names of the steps, in order. */
    List<String> steps();

    /** Runs every step for the i-th table of this cycle; the steps of one table in order. */
    void run(int i);

    /** Runs step {@code step} for the i-th table (after the steps before it), for statement counting. */
    void runStep(int i, int step);

    /** Checks that every table run so far ended approved; returns how many did. */
    long approvedCount();
}
