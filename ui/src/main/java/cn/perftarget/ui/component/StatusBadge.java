package cn.perftarget.ui.component;

import cn.perftarget.domain.table.TableStatus;
import com.vaadin.flow.component.html.Span;

/** A table's status as a Lumo badge: 编制中 neutral, in review blue, 已批复 green, 不予安排 red. */
public final class StatusBadge extends Span {

    public StatusBadge(TableStatus status, boolean adjusting) {
        String text = getTranslation(status.labelKey());
        setText(adjusting ? text + getTranslation("tables.status.adjusting") : text);
        getElement().getThemeList().add("badge");
        getElement()
                .getThemeList()
                .add(
                        switch (status) {
                            case APPROVED -> "success";
                            case REJECTED -> "error";
                            case DRAFTING -> "contrast";
                            default -> "primary";
                        });
        getElement().setAttribute("data-status", status.name());
    }
}
