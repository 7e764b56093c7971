package cn.perftarget.ui.review;

import cn.perftarget.domain.audit.AuditEntry;
import cn.perftarget.domain.user.AppUser;
import cn.perftarget.ui.format.DateTimes;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;

import java.util.function.Function;

/** The newest comment of a reviewer (or the unit's dispute): who, when, what, and the remarks pinned to fields. */
class LastCommentPanel extends Div {

    LastCommentPanel(AuditEntry entry, Function<String, String> displayName) {
        setId("last-comment");
        PinnedComments comments = PinnedComments.parse(entry.comment());
        add(new H4(getTranslation("review.lastComment.title")));
        Span who = new Span(getTranslation("review.lastComment.who", displayName.apply(entry.actor()),
                entry.action(), DateTimes.minutes(entry.at())));
        who.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        add(who);
        if (!comments.general().isEmpty()) {
            Div general = new Div(comments.general());
            general.setId("last-comment-text");
            general.getStyle().set("white-space", "pre-wrap");
            add(general);
        }
        for (PinnedComments.Pin pin : comments.pins()) {
            Div note = new Div(VaadinIcon.PIN.create(),
                    new Span(getTranslation("review.pin.target", pin.target().describe()) + pin.text()));
            note.addClassName("pin-note");
            add(note);
        }
    }

    static Function<String, String> names(cn.perftarget.domain.user.UserRepository users) {
        return username -> users.findByUsername(username).map(AppUser::displayName).orElse(username);
    }
}
