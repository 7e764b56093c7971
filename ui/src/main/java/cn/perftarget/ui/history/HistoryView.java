package cn.perftarget.ui.history;

import cn.perftarget.domain.revision.Revision;
import cn.perftarget.domain.table.StoredTable;
import cn.perftarget.domain.user.AppUser;
import cn.perftarget.ui.export.TableDownloads;
import cn.perftarget.ui.print.PrintView;
import cn.perftarget.ui.review.ReviewView;
import cn.perftarget.ui.security.CurrentUser;
import cn.perftarget.ui.security.TableRouteAction;
import cn.perftarget.workflow.access.ServiceAction;
import cn.perftarget.workflow.error.NotFoundException;
import cn.perftarget.workflow.export.TableExports;
import cn.perftarget.workflow.read.RoundProgress;
import cn.perftarget.workflow.read.TableHistory;
import cn.perftarget.workflow.read.TableReadService;
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
import java.util.Map;

/**
 * 历史: the audit timeline of a table beside the process diagram of its (latest) approval round, drawn as SVG on the
 * server with the finished steps and the current one highlighted. Ids: {@code history-title}, {@code timeline},
 * {@code process-diagram}.
 * <p>
 * Opened per table (from the review screen, through {@link cn.perftarget.ui.review.HistoryLink}): every signed-in
 * role may open it, and the reader shows only a table in the user's scope.
 */
@TableRouteAction(ServiceAction.READ_HISTORY)
@Route("history/:tableId")
@PermitAll
@StyleSheet("context://styles/perftarget-review.css")
public class HistoryView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** The route parameter: the table's id. */
    private static final String TABLE_ID = "tableId";

    private final CurrentUser currentUser;
    private final TableReadService reads;
    private final TableExports exports;

    public HistoryView(CurrentUser currentUser, TableReadService reads, TableExports exports) {
        this.currentUser = currentUser;
        this.reads = reads;
        this.exports = exports;
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
            long id = event.getRouteParameters().getLong(TABLE_ID).orElseThrow(NotFoundException::table);
            build(user, reads.history(user, id));
        } catch (NotFoundException e) {
            event.rerouteToError(e, e.getMessage());
        }
    }

    private void build(AppUser user, TableHistory history) {
        removeAll();
        StoredTable table = history.table();
        Map<Long, Revision> byId = new HashMap<>();
        history.revisions().forEach(r -> byId.put(r.id(), r));

        H2 title = new H2(table.content().projectName());
        title.setId("history-title");
        title.getStyle().set("margin", "0");
        Span status = new Span(getTranslation(table.status().labelKey()));
        status.setId("history-status");
        status.getElement().getThemeList().add("badge");
        Button review = new Button(
                getTranslation("history.toTable"),
                VaadinIcon.TABLE.create(),
                e -> UI.getCurrent().navigate(ReviewView.class, ReviewView.forTable(table.id())));
        review.setId("history-to-table");
        review.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Button print = new Button(
                getTranslation("export.print"),
                VaadinIcon.PRINT.create(),
                e -> UI.getCurrent().navigate(PrintView.class, PrintView.forTable(table.id())));
        print.setId("history-print");
        print.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout head = new HorizontalLayout(title, status, review, print);
        head.setAlignItems(FlexComponent.Alignment.CENTER);
        Long approvedId = table.approvedRevisionId();
        Revision approved = approvedId == null ? null : byId.get(approvedId);
        TableDownloads downloads = new TableDownloads(
                user,
                table.id(),
                approved == null ? null : approved.id(),
                approved == null ? 0 : approved.revisionNo(),
                exports);

        Div timelineBox = new Div(
                new H4(getTranslation(
                        "history.timeline.title", history.entries().size())),
                new AuditTimeline(
                        history.entries(),
                        history::displayName,
                        byId,
                        r -> new RevisionDialog(r, history.before(r).orElse(null), history::displayName).open()));
        timelineBox.getStyle().set("flex", "0 0 26em").set("overflow", "auto");

        HorizontalLayout body = new HorizontalLayout(timelineBox, diagram(history.progress()));
        body.setWidthFull();
        body.setAlignItems(FlexComponent.Alignment.START);
        add(head, downloads, body);
    }

    private Component diagram(RoundProgress p) {
        Div svg = new Div();
        svg.setId("process-diagram");
        svg.addClassName("process-diagram-box");
        svg.getElement()
                .setProperty(
                        "innerHTML",
                        DiagramSvg.render(ProcessDiagram.targetApproval().named(DiagramNames::shown), p));
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
        Span legend = new Span(getTranslation(p.isEmpty() ? "history.diagram.notStarted" : "history.diagram.legend"));
        legend.setId("diagram-legend");
        legend.getStyle().set("font-size", "var(--lumo-font-size-s)");
        Div box = new Div(new H4(getTranslation("history.diagram.title")), legend, svg);
        box.getStyle().set("flex", "1 1 0").set("min-width", "0");
        return box;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("history.page.title");
    }
}
