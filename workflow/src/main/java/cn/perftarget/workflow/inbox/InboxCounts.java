package cn.perftarget.workflow.inbox;

/**
 * How many tasks each tab holds under the current filter, counted up to {@link #CAP} + 1: a tab with more than
 * {@code CAP} tasks shows "99+", as badges do, so that counting costs the same however busy the user is. The rows
 * themselves are all there, page by page.
 */
public record InboxCounts(long mine, long claimable, long done) {

    /** The largest count shown exactly. */
    public static final int CAP = 99;

    public long of(InboxTab tab) {
        return switch (tab) {
            case OPEN -> mine + claimable;
            case MINE -> mine;
            case CLAIMABLE -> claimable;
            case DONE -> done;
        };
    }

    /** Whether the tab holds exactly {@link #of} tasks; otherwise more than {@link #CAP}. */
    public boolean exact(InboxTab tab) {
        // 全部待办 too: a capped part (CAP + 1) alone puts the sum above CAP
        return of(tab) <= CAP;
    }

    /** The count as the tab shows it: the number, or "99+". */
    public String label(InboxTab tab) {
        return exact(tab) ? String.valueOf(of(tab)) : CAP + "+";
    }
}
