package cn.perftarget.ui.history;

import cn.perftarget.domain.audit.AuditEntry;
import cn.perftarget.domain.revision.Revision;
import cn.perftarget.domain.revision.RevisionRepository;
import cn.perftarget.domain.table.StoredTable;
import cn.perftarget.domain.user.AppUser;
import cn.perftarget.domain.user.UserRepository;
import cn.perftarget.ui.review.ReviewView;
import cn.perftarget.ui.security.CurrentUser;
import cn.perftarget.workflow.approval.NotFoundException;
import cn.perftarget.workflow.approval.TableReader;
import cn.perftarget.workflow.process.RoundRepository;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * 历史: the audit timeline of a table beside the process diagram of its (latest) approval round, drawn as SVG on the
 * server with the finished steps and the current one highlighted. Ids: {@code history-title}, {@code timeline},
 * {@code process-diagram}.
 * <p>
 * Opened per table (from the review screen, through {@link cn.perftarget.ui.review.HistoryLink}): every signed-in
 * role may open it, and the reader shows only a table in the user's scope.
 */
@Route("history/:tableId")
@PermitAll
@StyleSheet("context://styles/perftarget-review.css")
public class HistoryView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** The route parameter: the table's id. */
    private static final String TABLE_ID = "tableId";

    private final CurrentUser currentUser;
    private final TableReader reader;
    private final RevisionRepository revisions;
    private final RoundRepository rounds;
    private final RoundProgress progress;
    private final UserRepository users;

    public HistoryView(CurrentUser currentUser, TableReader reader, RevisionRepository revisions,
                       RoundRepository rounds, RoundProgress progress, UserRepository users) {
        this.currentUser = currentUser;
        this.reader = reader;
        this.revisions = revisions;
        this.rounds = rounds;
        this.progress = progress;
        this.users = users;
        setSizeFull();
    }

    /** The table's history: {@code ui.navigate(HistoryView.class, HistoryView.forTable(id))}. */
    public static RouteParameters forTable(long tableId) {
        return new RouteParameters(TABLE_ID, String.valueOf(tableId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        AppUser user = currentUser.require();
        try {
            long id = event.getRouteParameters().getLong(TABLE_ID)
                    .orElseThrow(() -> new NotFoundException("绩效目标表不存在或无权访问"));
            StoredTable table = reader.table(user, id);
            build(table, reader.history(user, id));
        } catch (NotFoundException e) {
            event.rerouteToError(e, e.getMessage());
        }
    }

    private void build(StoredTable table, List<AuditEntry> history) {
        removeAll();
        Map<String, String> names = new HashMap<>();
        Function<String, String> displayName = u -> names.computeIfAbsent(u,
                k -> users.findByUsername(k).map(AppUser::displayName).orElse(k));
        List<Revision> all = revisions.listByTable(table.id());
        Map<Long, Revision> byId = new HashMap<>();
        all.forEach(r -> byId.put(r.id(), r));

        H2 title = new H2(table.content().projectName());
        title.setId("history-title");
        title.getStyle().set("margin", "0");
        Span status = new Span(getTranslation(table.status().labelKey()));
        status.setId("history-status");
        status.getElement().getThemeList().add("badge");
        Button review = new Button(getTranslation("history.toTable"), VaadinIcon.TABLE.create(),
                e -> UI.getCurrent().navigate(ReviewView.class, ReviewView.forTable(table.id())));
        review.setId("history-to-table");
        review.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout head = new HorizontalLayout(title, status, review);
        head.setAlignItems(FlexComponent.Alignment.CENTER);

        Div timelineBox = new Div(new H4(getTranslation("history.timeline.title", history.size())),
                new AuditTimeline(history, displayName, byId, r -> new RevisionDialog(r, before(all, r),
                        displayName).open()));
        timelineBox.getStyle().set("flex", "0 0 26em").set("overflow", "auto");

        HorizontalLayout body = new HorizontalLayout(timelineBox, diagram(table));
        body.setWidthFull();
        body.setAlignItems(FlexComponent.Alignment.START);
        add(head, body);
    }

    private Component diagram(StoredTable table) {
        String pid = rounds.state(table.id()).processInstanceId();
        DiagramProgress p = progress.of(pid);
        Div svg = new Div();
        svg.setId("process-diagram");
        svg.addClassName("process-diagram-box");
        svg.getElement().setProperty("innerHTML", DiagramSvg.render(ProcessDiagram.targetApproval(), p));
        // the diagram is wider than the screen: bring the current step into view
        svg.getElement().executeJs("""
                const box = this;
                requestAnimationFrame(() => requestAnimationFrame(() => {
                  const c = box.querySelector('g.node.current');
                  if (c) {
                    const b = c.getBBox(), v = box.querySelector('svg').viewBox.baseVal;
                    box.scrollLeft = Math.max(0, b.x - v.x - box.clientWidth / 2);
                    box.scrollTop = Math.max(0, b.y - v.y - box.clientHeight / 2);
                  }
                }));""");
        Span legend = new Span(getTranslation(pid == null ? "history.diagram.notStarted" : "history.diagram.legend"));
        legend.setId("diagram-legend");
        legend.getStyle().set("font-size", "var(--lumo-font-size-s)");
        Div box = new Div(new H4(getTranslation("history.diagram.title")), legend, svg);
        box.getStyle().set("flex", "1 1 0").set("min-width", "0");
        return box;
    }

    private static Revision before(List<Revision> all, Revision r) {
        Revision prev = null;
        for (Revision x : all) {
            if (x.revisionNo() < r.revisionNo()) {
                prev = x;
            }
        }
        return prev;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("history.page.title");
    }
}
