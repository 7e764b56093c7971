package cn.perftarget.ui.inbox;

import cn.perftarget.domain.user.AppUser;
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

/**
 * The inbox rows of one tab, page by page from the database (offset/limit through {@link InboxQuery}); never all
 * rows in memory. Sorting by a column whose sort property is a {@link SortKey} name.
 */
class InboxDataProvider extends AbstractBackEndDataProvider<InboxRow, Void> {

    private final InboxQuery inbox;
    private final AppUser user;
    private InboxTab tab = InboxTab.OPEN;
    private InboxFilter filter = InboxFilter.NONE;

    InboxDataProvider(InboxQuery inbox, AppUser user) {
        this.inbox = inbox;
        this.user = user;
    }

    void show(InboxTab newTab, InboxFilter newFilter) {
        this.tab = newTab;
        this.filter = newFilter;
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
        return inbox.page(user, tab, filter, new PageRequest(query.getOffset(), limit, sort, descending))
                .rows().stream();
    }

    @Override
    protected int sizeInBackEnd(Query<InboxRow, Void> query) {
        return (int) inbox.counts(user, filter).of(tab);
    }

    @Override
    public Object getId(InboxRow row) {
        return row.taskId();
    }
}
