package cn.perftarget.ui.inbox;

import com.vaadin.flow.component.UI;

/**
 * Opens a row's table on its review screen. That screen returns to the inbox after an action, so its package
 * depends on the inbox: it provides this as a bean, and the inbox does not name the review's view (that would close
 * the package cycle inbox → review → inbox).
 */
@FunctionalInterface
public interface TableOpener {

    void open(UI ui, long tableId);
}
