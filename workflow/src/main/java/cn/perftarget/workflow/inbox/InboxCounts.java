package cn.perftarget.workflow.inbox;

/** How many tasks each tab holds under the current filter. */
public record InboxCounts(long mine, long claimable, long done) {

    public long of(InboxTab tab) {
        return switch (tab) {
            case OPEN -> mine + claimable;
            case MINE -> mine;
            case CLAIMABLE -> claimable;
            case DONE -> done;
        };
    }
}
