package cn.perftarget.workflow.inbox;

import java.util.List;

/** One page of a table list and the number of tables under the filter. */
public record TableListPage(List<TableListRow> rows, long total, PageRequest page) {

    public TableListPage {
        rows = List.copyOf(rows);
    }
}
