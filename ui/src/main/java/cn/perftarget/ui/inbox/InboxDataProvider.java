package cn.perftarget.ui.inbox;

import cn.perftarget.domain.user.AppUser;
import cn.perftarget.workflow.inbox.InboxCounts;
import cn.perftarget.workflow.inbox.InboxFilter;
import cn.perftarget.workflow.inbox.InboxQuery;
import cn.perftarget.workflow.inbox.InboxRow;
import cn.perftarget.workflow.inbox.InboxTab;
import cn.perftarget.workflow.inbox.PageRequest;
import cn.perftarget.workflow.inbox.SortKey;
import com.vaadin.flow.data.provider.AbstractBackEndDataProvider;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The inbox rows of one tab, page by page from the database (offset/limit through {@link InboxQuery}); never all
 * rows in memory. The size is the tab's count, read by the view with the other tabs' counts; a tab with more tasks
 * than the counts tell ("99+") has no size, and the grid reads on while the user scrolls. Sorting by a column whose sort property is a {@link SortKey} name.
 */
class InboxDataProvider extends AbstractBackEndDataProvider<InboxRow, Void> {

    private final InboxQuery inbox;
    private final AppUser user;
    private InboxTab tab = InboxTab.OPEN;
    private InboxFilter filter = InboxFilter.NONE;
    /** The counts of the current tab and filter; null until read. */
    private @Nullable InboxCounts counts;

    InboxDataProvider(InboxQuery inbox, AppUser user) {
        this.inbox = inbox;
        this.user = user;
    }

    /** Shows another tab or filter; {@code newCounts} are the counts the view just read under that filter. */
    void show(InboxTab newTab, InboxFilter newFilter, InboxCounts newCounts) {
        this.tab = newTab;
        this.filter = newFilter;
        this.counts = newCounts;
        refreshAll();
    }

    InboxTab tab() {
        return tab;
    }

    @Override
    protected Stream<InboxRow> fetchFromBackEnd(Query<InboxRow, Void> query) {
        int limit = Math.min(query.getLimit(), PageRequest.MAX_LIMIT);
        SortKey sort = tab == InboxTab.DONE ? SortKey.RECEIVED : SortKey.DUE_DATE;
        boolean descending = tab == InboxTab.DONE;
        if (!query.getSortOrders().isEmpty()) {
            QuerySortOrder order = query.getSortOrders().get(0);
            sort = SortKey.valueOf(order.getSorted());
            descending = order.getDirection() == SortDirection.DESCENDING;
        }
        return inbox.rows(user, tab, filter, new PageRequest(query.getOffset(), limit, sort, descending)).stream();
    }

    /** The count the tab shows: read once per refresh of the view, not again for the grid. */
    @Override
    protected int sizeInBackEnd(Query<InboxRow, Void> query) {
        InboxCounts read = counts;
        if (read == null) {
            read = inbox.counts(user, filter);
            counts = read;
        }
        return (int) read.of(tab);
    }

    @Override
    public Object getId(InboxRow row) {
        return row.taskId();
    }
}
