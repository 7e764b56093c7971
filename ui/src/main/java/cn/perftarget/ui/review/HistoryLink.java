package cn.perftarget.ui.review;

import com.vaadin.flow.component.UI;

/**
 * Opens a table's approval history (审批历史). The history shows its revisions with this package's sheet and links
 * back to the review screen, so it depends on review: it provides this as a bean, and the review screen does not
 * name the history's view (that would close the package cycle review → history → review).
 */
@FunctionalInterface
public interface HistoryLink {

    void open(UI ui, long tableId);
}
