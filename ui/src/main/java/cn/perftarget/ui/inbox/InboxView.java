package cn.perftarget.ui.inbox;

import cn.perftarget.bpmn.TargetApprovalProcess;
import cn.perftarget.domain.user.AppUser;
import cn.perftarget.domain.user.Role;
import cn.perftarget.ui.export.Downloads;
import cn.perftarget.ui.format.DateTimes;
import cn.perftarget.ui.i18n.EnumKeys;
import cn.perftarget.ui.i18n.TranslationProvider;
import cn.perftarget.ui.security.CurrentUser;
import cn.perftarget.workflow.approval.ApprovalService;
import cn.perftarget.workflow.error.WorkflowException;
import cn.perftarget.workflow.export.ListExports;
import cn.perftarget.workflow.inbox.InboxCounts;
import cn.perftarget.workflow.inbox.InboxFilter;
import cn.perftarget.workflow.inbox.InboxQuery;
import cn.perftarget.workflow.inbox.InboxRow;
import cn.perftarget.workflow.inbox.InboxTab;
import cn.perftarget.workflow.inbox.SortKey;
import cn.perftarget.workflow.read.TableReadService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSelectionModel;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * 待办: the user's tasks and their groups' tasks to claim together (全部待办, the default), or apart (我的待办,
 * 待认领), and what they did (已办): one grid with a tab per list and its count. Rows come page by page from the database. Department reviewers can pass several tables at
 * once. Ids: {@code inbox-grid}, {@code inbox-tab-OPEN|MINE|CLAIMABLE|DONE}, {@code inbox-bulk-pass},
 * {@code claim-<taskId>}, {@code open-<taskId>}.
 * <p>
 * Open to the roles that have inbox work (drafters: returned tables and 单位确认; department and fiscal reviewers),
 * and so in their menu only; auditors and administrators have no inbox.
 */
@Route("inbox")
@Menu(order = 2, icon = "vaadin:inbox", title = "inbox.nav")
@RolesAllowed({"DRAFTER", "DEPT_REVIEWER", "FISCAL_REVIEWER"})
@StyleSheet("context://styles/perftarget-review.css")
public class InboxView extends VerticalLayout implements HasDynamicTitle, com.vaadin.flow.router.BeforeEnterObserver {

    /**
     * The query parameters of a drill-down into the inbox (e.g. from the overview): the filters year, department,
     * unit and status (the step), each left out when null.
     */
    public static com.vaadin.flow.router.QueryParameters query(
            @org.jspecify.annotations.Nullable Integer year,
            @org.jspecify.annotations.Nullable String departmentCode,
            @org.jspecify.annotations.Nullable String unitCode,
            cn.perftarget.domain.table.@org.jspecify.annotations.Nullable TableStatus status) {
        Map<String, String> params = new java.util.LinkedHashMap<>();
        if (year != null) {
            params.put("year", String.valueOf(year));
        }
        if (departmentCode != null) {
            params.put("department", departmentCode);
        }
        if (unitCode != null) {
            params.put("unit", unitCode);
        }
        if (status != null) {
            params.put("status", status.name());
        }
        return com.vaadin.flow.router.QueryParameters.simple(params);
    }

    @Override
    public void beforeEnter(com.vaadin.flow.router.BeforeEnterEvent event) {
        filters.apply(event.getLocation().getQueryParameters().getParameters());
    }

    private final AppUser user;
    private final InboxQuery inbox;
    private final ApprovalService approvals;
    private final TableOpener opener;
    private final Grid<InboxRow> grid = new Grid<>();
    private final Map<InboxTab, Tab> tabs = new EnumMap<>(InboxTab.class);
    private final Tabs tabBar = new Tabs();
    private final InboxDataProvider rows;
    private final InboxFilters filters;
    private final Button bulkPass = new Button();
    /** The tab and filter shown, for the download (which runs outside the UI's lock). */
    private volatile InboxTab shownTab = InboxTab.OPEN;

    private volatile InboxFilter shownFilter = InboxFilter.NONE;

    public InboxView(
            CurrentUser currentUser,
            InboxQuery inbox,
            ApprovalService approvals,
            TableReadService reads,
            TableOpener opener,
            ListExports exports) {
        this.user = currentUser.require();
        this.inbox = inbox;
        this.approvals = approvals;
        this.opener = opener;
        this.rows = new InboxDataProvider(inbox, user);
        this.filters = new InboxFilters(user, reads, f -> refresh());
        setSizeFull();

        H2 title = new H2(getTranslation("inbox.title"));
        title.getStyle().set("margin", "0");
        for (InboxTab tab : InboxTab.values()) {
            Tab t = new Tab();
            t.setId("inbox-tab-" + tab.name());
            tabs.put(tab, t);
            tabBar.add(t);
        }
        tabBar.addSelectedChangeListener(e -> refresh());

        bulkPass.setText(getTranslation("inbox.bulk.button"));
        bulkPass.setId("inbox-bulk-pass");
        bulkPass.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
        bulkPass.setEnabled(false);
        bulkPass.setVisible(user.has(Role.DEPT_REVIEWER));
        bulkPass.addClickListener(e -> new BulkPass(approvals, user, this::refresh).confirm(grid.getSelectedItems()));

        Locale locale = getLocale();
        Anchor download = Downloads.link(
                "inbox-download",
                getTranslation("export.list"),
                () -> exports.inbox(user, shownTab, shownFilter, locale));
        HorizontalLayout actions = new HorizontalLayout(download, bulkPass);
        actions.setAlignItems(FlexComponent.Alignment.CENTER);
        HorizontalLayout top = new HorizontalLayout(tabBar, actions);
        top.setWidthFull();
        top.setAlignItems(FlexComponent.Alignment.CENTER);
        top.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);

        configureGrid();
        add(title, filters, top, grid);
        tabBar.setSelectedTab(tabs.get(InboxTab.OPEN));
        refresh();
    }

    private void configureGrid() {
        grid.setId("inbox-grid");
        grid.setSizeFull();
        grid.setPageSize(50);
        grid.setMultiSort(false);
        grid.setItems(rows);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.getStyle().set("font-size", "var(--lumo-font-size-s)");
        grid.addColumn(InboxRow::projectName)
                .setKey("projectName")
                .setHeader(getTranslation("inbox.column.projectName"))
                .setSortProperty(SortKey.PROJECT_NAME.name())
                .setWidth("8em")
                .setFlexGrow(3)
                .setResizable(true);
        grid.addColumn(InboxRow::projectCode)
                .setKey("projectCode")
                .setHeader(getTranslation("inbox.column.projectCode"))
                .setSortProperty(SortKey.PROJECT_CODE.name())
                .setWidth("10.5em")
                .setFlexGrow(0);
        grid.addColumn(InboxRow::unitName)
                .setKey("unit")
                .setHeader(getTranslation("inbox.column.unit"))
                .setWidth("8em")
                .setFlexGrow(2);
        grid.addColumn(r -> DateTimes.amount(r.budget()))
                .setKey("budget")
                .setHeader(getTranslation("inbox.column.budget"))
                .setSortProperty(SortKey.BUDGET.name())
                .setTextAlign(ColumnTextAlign.END)
                .setWidth("5.5em")
                .setFlexGrow(0);
        grid.addColumn(r -> r.step().map(s -> getTranslation(s.labelKey())).orElse(""))
                .setKey("step")
                .setHeader(getTranslation("inbox.column.step"))
                .setWidth("6.5em")
                .setFlexGrow(0);
        grid.addColumn(r -> r.submittedLate()
                        ? DateTimes.day(r.submittedAt()) + " " + getTranslation("round.late")
                        : DateTimes.day(r.submittedAt()))
                .setKey("submitted")
                .setHeader(getTranslation("inbox.column.submitted"))
                .setSortProperty(SortKey.SUBMITTED_AT.name())
                .setWidth("6.5em")
                .setFlexGrow(0);
        grid.addComponentColumn(this::due)
                .setKey("due")
                .setHeader(getTranslation("inbox.column.due"))
                .setSortProperty(SortKey.DUE_DATE.name())
                .setWidth("9.5em")
                .setFlexGrow(0);
        grid.addColumn(this::state)
                .setKey("state")
                .setHeader(getTranslation("inbox.column.state"))
                .setWidth("5em")
                .setFlexGrow(1);
        grid.addComponentColumn(this::buttons)
                .setKey("actions")
                .setHeader(getTranslation("inbox.column.actions"))
                .setWidth("9.5em")
                .setFlexGrow(0)
                .setFrozenToEnd(true);
        grid.addItemDoubleClickListener(e -> open(e.getItem()));
        grid.setSelectionMode(Grid.SelectionMode.NONE);
    }

    private Component due(InboxRow r) {
        Span due = new Span(DateTimes.minutes(r.dueDate()));
        if (r.overdue()) {
            due.setText(due.getText() + " " + getTranslation("inbox.overdue"));
            due.addClassName("overdue-badge");
        }
        if (r.pastReviewDeadline()) {
            due.setText(due.getText() + " " + getTranslation("inbox.pastReviewDeadline"));
            due.addClassName("overdue-badge");
        }
        return due;
    }

    private String state(InboxRow r) {
        InboxTab tab = rows.tab();
        if (tab == InboxTab.DONE) {
            return getTranslation(
                    "inbox.state.done",
                    DateTimes.minutes(r.completedAt()),
                    getTranslation(r.status().labelKey()));
        }
        return r.assignee() == null ? getTranslation("inbox.state.unclaimed") : getTranslation("inbox.state.claimed");
    }

    private Component buttons(InboxRow r) {
        HorizontalLayout box = new HorizontalLayout();
        box.setSpacing(false);
        if (rows.tab() != InboxTab.DONE && r.assignee() == null && isReview(r)) {
            Button claim = new Button(getTranslation("inbox.claim"), e -> claim(r));
            claim.setId("claim-" + r.taskId());
            claim.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            box.add(claim);
        }
        Button open =
                new Button(getTranslation(rows.tab() == InboxTab.DONE ? "inbox.view" : "inbox.open"), e -> open(r));
        open.setId("open-" + r.taskId());
        open.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        box.add(open);
        return box;
    }

    private static boolean isReview(InboxRow r) {
        return TargetApprovalProcess.DEPARTMENT_REVIEW.equals(r.taskKey())
                || TargetApprovalProcess.FISCAL_REVIEW.equals(r.taskKey());
    }

    private void claim(InboxRow r) {
        try {
            approvals.claim(user, r.taskId());
            Notification.show(getTranslation("inbox.claimed", r.projectName()), 4000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (WorkflowException e) {
            Notification.show(TranslationProvider.text(e.text()), 6000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        refresh();
    }

    private void open(InboxRow r) {
        opener.open(UI.getCurrent(), r.tableId());
    }

    /** Counts of every tab under the filter, then the rows of the selected tab. */
    void refresh() {
        InboxCounts counts = inbox.counts(user, filters.value());
        tabs.forEach((tab, t) -> t.setLabel(getTranslation(EnumKeys.INBOX_TAB.key(tab), counts.label(tab))));
        InboxTab selected = tabs.entrySet().stream()
                .filter(e -> e.getValue() == tabBar.getSelectedTab())
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse(InboxTab.OPEN);
        boolean bulk = user.has(Role.DEPT_REVIEWER) && selected != InboxTab.DONE;
        Grid.SelectionMode mode = bulk ? Grid.SelectionMode.MULTI : Grid.SelectionMode.NONE;
        if (grid.getSelectionMode() != mode) {
            // a new selection model: its listener goes with it (the model of NONE takes no listener)
            GridSelectionModel<InboxRow> model = grid.setSelectionMode(mode);
            if (mode == Grid.SelectionMode.MULTI) {
                model.addSelectionListener(
                        e -> bulkPass.setEnabled(!e.getAllSelectedItems().isEmpty()));
            }
        } else {
            grid.deselectAll();
        }
        bulkPass.setVisible(bulk);
        bulkPass.setEnabled(false);
        grid.setEmptyStateText(
                getTranslation(filters.isFiltered() ? "inbox.empty.filtered" : EnumKeys.INBOX_EMPTY.key(selected)));
        // more than the counts tell ("99+"): the grid reads on as the user scrolls, without a total
        if (counts.exact(selected)) {
            grid.getLazyDataView().setItemCountFromDataProvider();
        } else {
            grid.getLazyDataView().setItemCountUnknown();
        }
        rows.show(selected, filters.value(), counts);
        shownTab = selected;
        shownFilter = filters.value();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("inbox.page.title");
    }
}
