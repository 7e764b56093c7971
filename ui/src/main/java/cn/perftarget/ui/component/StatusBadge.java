package cn.perftarget.ui.component;

import cn.perftarget.domain.table.TableStatus;
import com.vaadin.flow.component.Component;
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

    /**
     * The status badge of a table of a list, followed by 逾期提交 (a red badge, class {@code late-badge}) when its
     * first submission came after its budget round's submission deadline.
     */
    public static Component of(TableStatus status, boolean adjusting, boolean submittedLate) {
        StatusBadge badge = new StatusBadge(status, adjusting);
        if (!submittedLate) {
            return badge;
        }
        Span late = new Span(badge.getTranslation("round.late"));
        late.getElement().getThemeList().add("badge error");
        late.addClassName("late-badge");
        Span cell = new Span(badge, new Span(" "), late);
        return cell;
    }
}
