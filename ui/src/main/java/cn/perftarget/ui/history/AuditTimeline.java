package cn.perftarget.ui.history;

import cn.perftarget.domain.audit.AuditEntry;
import cn.perftarget.domain.revision.Revision;
import cn.perftarget.domain.user.Role;
import cn.perftarget.ui.format.AuditNoteText;
import cn.perftarget.ui.format.DateTimes;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The audit history of a table as a timeline, newest first: who (name and role), when, what (and from which state to
 * which), the comment, and a link to the revision concerned. Ids: {@code timeline}, {@code timeline-entry-<seq>},
 * {@code revision-link-<seq>}.
 */
class AuditTimeline extends UnorderedList {

    AuditTimeline(
            List<AuditEntry> entries,
            Function<String, String> displayName,
            Map<Long, Revision> revisions,
            Consumer<Revision> openRevision) {
        setId("timeline");
        addClassName("timeline");
        for (int i = entries.size() - 1; i >= 0; i--) {
            add(entry(entries.get(i), displayName, revisions, openRevision));
        }
    }

    private ListItem entry(
            AuditEntry e,
            Function<String, String> displayName,
            Map<Long, Revision> revisions,
            Consumer<Revision> openRevision) {
        ListItem item = new ListItem();
        item.setId("timeline-entry-" + e.seq());
        item.addClassName("timeline-entry");
        Span action = new Span(getTranslation(e.action().labelKey()));
        action.addClassName("action");
        action.getStyle().set("font-weight", "600");
        Span who = new Span(" · "
                + (isPerson(e.actorRole())
                        ? getTranslation("history.actor", displayName.apply(e.actor()), role(e.actorRole()))
                        : role(e.actorRole())));
        who.addClassName("who");
        item.add(new Div(action, who));
        Div when = new Div(new Span(DateTimes.minutes(e.at())));
        when.addClassName("when");
        if (e.fromState() != null || e.toState() != null) {
            when.add(new Span(" · " + status(e.fromState()) + " → " + status(e.toState())));
        }
        Revision revision = e.revisionId() == null ? null : revisions.get(e.revisionId());
        if (revision != null) {
            Button link = new Button(
                    getTranslation("history.revision.link", revision.revisionNo(), revision.kind()),
                    click -> openRevision.accept(revision));
            link.setId("revision-link-" + e.seq());
            link.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
            when.add(new Span(" · "), link);
        }
        item.add(when);
        String text = AuditNoteText.of(e, displayName);
        if (!text.isBlank()) {
            Div comment = new Div(text);
            comment.addClassName("comment");
            item.add(comment);
        }
        return item;
    }

    private String status(cn.perftarget.domain.table.@Nullable TableStatus s) {
        return s == null ? getTranslation("history.status.none") : getTranslation(s.labelKey());
    }

    private static boolean isPerson(String actorRole) {
        return Arrays.stream(Role.values()).anyMatch(r -> r.name().equals(actorRole));
    }

    private String role(String actorRole) {
        return Arrays.stream(Role.values())
                .filter(r -> r.name().equals(actorRole))
                .findFirst()
                .map(r -> getTranslation(r.labelKey()))
                .orElseGet(() -> getTranslation("history.role.system"));
    }
}
