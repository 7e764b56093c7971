package cn.perftarget.ui.review;

import cn.perftarget.domain.audit.AuditEntry;
import cn.perftarget.ui.format.AuditNoteText;
import cn.perftarget.ui.format.DateTimes;
import cn.perftarget.workflow.history.AuditNote;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.function.Function;

/** The newest comment of a reviewer (or the unit's dispute): who, when, what, and the remarks pinned to fields. */
class LastCommentPanel extends Div {

    LastCommentPanel(AuditEntry entry, Function<String, String> displayName) {
        setId("last-comment");
        AuditNote note = AuditNote.parse(entry.action(), entry.comment());
        PinnedComments comments = pins(entry);
        add(new H4(getTranslation("review.lastComment.title")));
        Span who = new Span(getTranslation(
                "review.lastComment.who",
                displayName.apply(entry.actor()),
                entry.action(),
                DateTimes.minutes(entry.at())));
        who.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        add(who);
        String workflowPart = note == null ? null : AuditNoteText.workflowPart(note, displayName);
        if (workflowPart != null) {
            Div part = new Div(workflowPart);
            part.setId("last-comment-note");
            add(part);
        }
        if (!comments.general().isEmpty()) {
            Div general = new Div(comments.general());
            general.setId("last-comment-text");
            general.getStyle().set("white-space", "pre-wrap");
            add(general);
        }
        for (PinnedComments.Pin pin : comments.pins()) {
            Div pinned = new Div(
                    VaadinIcon.PIN.create(),
                    new Span(getTranslation("review.pin.target", pin.target().describe()) + pin.text()));
            pinned.addClassName("pin-note");
            add(pinned);
        }
    }

    /** What the person wrote in the entry's comment, with the remarks pinned to fields and rows. */
    static PinnedComments pins(AuditEntry entry) {
        AuditNote note = AuditNote.parse(entry.action(), entry.comment());
        return PinnedComments.parse(note == null ? null : note.personsWords());
    }
}
