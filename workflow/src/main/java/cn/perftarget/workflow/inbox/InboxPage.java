package cn.perftarget.workflow.inbox;

import java.util.List;

/** One page of a tab, with the counts of every tab under the same filter. */
public record InboxPage(InboxTab tab, List<InboxRow> rows, InboxCounts counts, PageRequest page) {

    public InboxPage {
        rows = List.copyOf(rows);
    }

    /** The number of tasks of this tab under the filter, all pages together, as counted (see {@link InboxCounts}). */
    public long total() {
        return counts.of(tab);
    }
}
