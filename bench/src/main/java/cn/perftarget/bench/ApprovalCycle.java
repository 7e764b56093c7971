package cn.perftarget.bench;

import java.util.List;

/** One table taken from submission (or creation) to approval, step by step; each step one transaction. */
interface ApprovalCycle {

    String name();

    /** The names of the steps, in order. */
    List<String> steps();

    /**
     * Before the clock: what the approval of the i-th table starts from (ours: the unit's draft, made through the
     * service; the bare engine needs nothing). Not part of the measured steps.
     */
    default void prepare(int i) {}

    /** The name of what {@link #prepare} does, or null when it does nothing. */
    default @org.jspecify.annotations.Nullable String preparation() {
        return null;
    }

    /** Runs every step for the i-th table of this cycle; the steps of one table in order. */
    void run(int i);

    /** Runs step {@code step} for the i-th table (after the steps before it), for statement counting. */
    void runStep(int i, int step);

    /** Checks that every table run so far ended approved; returns how many did. */
    long approvedCount();
}
