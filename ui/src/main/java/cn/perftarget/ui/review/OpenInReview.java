package cn.perftarget.ui.review;

import cn.perftarget.ui.inbox.TableOpener;
import com.vaadin.flow.component.UI;
import org.springframework.stereotype.Component;

/** The inbox opens a row's table here, on the {@link ReviewView}. */
@Component
class OpenInReview implements TableOpener {

    @Override
    public void open(UI ui, long tableId) {
        ui.navigate(ReviewView.class, ReviewView.forTable(tableId));
    }
}
