package cn.perftarget.ui.history;

import cn.perftarget.ui.review.HistoryLink;
import com.vaadin.flow.component.UI;
import org.springframework.stereotype.Component;

/** The review screen's 审批历史 link: this package's {@link HistoryView}. */
@Component
class ToHistoryView implements HistoryLink {

    @Override
    public void open(UI ui, long tableId) {
        ui.navigate(HistoryView.class, HistoryView.forTable(tableId));
    }
}
