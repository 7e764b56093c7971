package cn.perftarget.ui.region;

import cn.perftarget.bpmn.Grade;
import cn.perftarget.domain.org.Organisation;
import cn.perftarget.domain.rules.RuleInfo;
import cn.perftarget.domain.rules.validation.RuleCatalog;
import cn.perftarget.domain.table.TableStatus;
import cn.perftarget.domain.time.BeijingTime;
import cn.perftarget.domain.user.AppUser;
import cn.perftarget.ui.component.DrillDownParameters;
import cn.perftarget.ui.component.StatusBadge;
import cn.perftarget.ui.export.Downloads;
import cn.perftarget.ui.format.DateTimes;
import cn.perftarget.ui.history.HistoryView;
import cn.perftarget.ui.i18n.TranslationProvider;
import cn.perftarget.ui.review.ReviewView;
import cn.perftarget.ui.security.CurrentUser;
import cn.perftarget.workflow.export.ListExports;
import cn.perftarget.workflow.inbox.InboxFilter;
import cn.perftarget.workflow.inbox.PageRequest;
import cn.perftarget.workflow.inbox.SortKey;
import cn.perftarget.workflow.inbox.TableListFilter;
import cn.perftarget.workflow.inbox.TableListRow;
import cn.perftarget.workflow.read.TableReadService;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * 查阅 (auditors): every table of the auditor's region, read page by page from the database as the grid scrolls
 * (never the whole list in memory), filtered by 年度, 主管部门, 单位, 状态, 审核等级 and "has findings of rule X", searched
 * in 项目名称/项目编码, sorted by a column. A row opens the table read-only in 审核 (findings, revisions, changes) or
 * 历史 (the audit timeline); nothing here changes anything. 导出 Excel gives the list under the filter and sort shown.
 * Ids: {@code region-search|year|department|unit|status|grade|rule}, {@code region-grid}, {@code region-total},
 * {@code region-download}.
 */
@Route("region-tables")
@Menu(order = 4, icon = "vaadin:search", title = "region.nav")
@RolesAllowed("AUDITOR")
public class RegionTablesView extends VerticalLayout
        implements HasDynamicTitle, com.vaadin.flow.router.BeforeEnterObserver {

    /**
     * The query parameters of a drill-down into the region list (e.g. from the overview): year, department, unit,
     * status, grade and rule, each left out when null.
     */
    public static com.vaadin.flow.router.QueryParameters query(
            @Nullable Integer year,
            @Nullable String departmentCode,
            @Nullable String unitCode,
            @Nullable TableStatus status,
            @Nullable Grade grade,
            @Nullable String ruleId) {
        java.util.Map<String, String> params = new java.util.LinkedHashMap<>();
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
        if (grade != null) {
            params.put("grade", grade.name());
        }
        if (ruleId != null) {
            params.put("rule", ruleId);
        }
        return com.vaadin.flow.router.QueryParameters.simple(params);
    }

    @Override
    public void beforeEnter(com.vaadin.flow.router.BeforeEnterEvent event) {
        DrillDownParameters params =
                new DrillDownParameters(event.getLocation().getQueryParameters().getParameters());
        params.number("year").ifPresent(year::setValue);
        params.organisation("department", reads.departmentsInScope(user)).ifPresent(department::setValue);
        params.organisation("unit", reads.unitsInScope(user, department.getValue()))
                .ifPresent(unit::setValue);
        params.constant("status", TableStatus.class).ifPresent(status::setValue);
        params.constant("grade", Grade.class).ifPresent(grade::setValue);
        params.text("rule")
                .flatMap(r -> RuleCatalog.infos().values().stream()
                        .filter(i -> i.id().equals(r))
                        .findFirst())
                .ifPresent(rule::setValue);
    }

    private final AppUser user;
    private final TableReadService reads;
    private final Grid<TableListRow> grid = new Grid<>();
    private final TextField search = new TextField();
    private final ComboBox<Integer> year = new ComboBox<>();
    private final ComboBox<Organisation> department = new ComboBox<>();
    private final ComboBox<Organisation> unit = new ComboBox<>();
    private final Select<TableStatus> status = new Select<>();
    private final Select<Grade> grade = new Select<>();
    private final ComboBox<RuleInfo> rule = new ComboBox<>();
    private final Span total = new Span();
    /** What the download exports (it runs outside the UI's lock): the filter and sort shown. */
    private volatile TableListFilter filter = TableListFilter.NONE;

    private volatile SortKey sort = SortKey.RECEIVED;
    private volatile boolean descending = true;

    public RegionTablesView(CurrentUser currentUser, TableReadService reads, ListExports exports) {
        this.user = currentUser.require();
        this.reads = reads;
        setSizeFull();

        H2 title = new H2(getTranslation("region.title"));
        title.setId("region-title");

        configureFilters();
        Locale locale = getLocale();
        Anchor download = Downloads.link(
                "region-download",
                getTranslation("export.list"),
                () -> exports.regionTables(user, filter, sort, descending, locale));
        total.setId("region-total");

        HorizontalLayout filters = new HorizontalLayout(search, year, department, unit, status, grade, rule);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWidthFull();
        filters.getStyle().set("flex-wrap", "wrap");
        HorizontalLayout bar = new HorizontalLayout(total, download);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);

        configureGrid();
        add(title, filters, bar, grid);
        setFlexGrow(1, grid);
        refresh();
    }

    private void configureFilters() {
        search.setId("region-search");
        search.setPlaceholder(getTranslation("inbox.search.placeholder"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.setWidth("15em");

        year.setId("region-year");
        year.setLabel(getTranslation("inbox.filter.year"));
        int thisYear = BeijingTime.today().getYear();
        year.setItems(IntStream.rangeClosed(2018, thisYear + 1)
                .map(y -> thisYear + 1 - (y - 2018))
                .boxed()
                .toList());
        year.setClearButtonVisible(true);
        year.setWidth("7em");

        department.setId("region-department");
        department.setLabel(getTranslation("inbox.filter.department"));
        department.setItems(reads.departmentsInScope(user));
        department.setItemLabelGenerator(o -> o.code() + " " + o.name());
        department.setClearButtonVisible(true);
        department.setWidth("13em");

        unit.setId("region-unit");
        unit.setLabel(getTranslation("inbox.filter.unit"));
        unit.setItemLabelGenerator(o -> o.code() + " " + o.name());
        unit.setClearButtonVisible(true);
        unit.setWidth("13em");
        unit.setItems(reads.unitsInScope(user, null));
        department.addValueChangeListener(e -> {
            unit.clear();
            unit.setItems(reads.unitsInScope(user, e.getValue()));
        });

        status.setId("region-status");
        status.setLabel(getTranslation("region.filter.status"));
        status.setItems(TableStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("inbox.filter.any"));
        status.setItemLabelGenerator(
                s -> s == null ? getTranslation("inbox.filter.any") : getTranslation(s.labelKey()));
        status.setWidth("9em");

        grade.setId("region-grade");
        grade.setLabel(getTranslation("region.filter.grade"));
        grade.setItems(Grade.values());
        grade.setEmptySelectionAllowed(true);
        grade.setEmptySelectionCaption(getTranslation("inbox.filter.any"));
        grade.setItemLabelGenerator(g -> g == null ? getTranslation("inbox.filter.any") : gradeLabel(g));
        grade.setWidth("7em");

        rule.setId("region-rule");
        rule.setLabel(getTranslation("region.filter.rule"));
        rule.setItems(List.copyOf(RuleCatalog.infos().values()));
        rule.setItemLabelGenerator(r -> r.id() + " " + TranslationProvider.text(r.name()));
        rule.setClearButtonVisible(true);
        rule.setWidth("16em");

        search.addValueChangeListener(e -> refresh());
        year.addValueChangeListener(e -> refresh());
        department.addValueChangeListener(e -> refresh());
        unit.addValueChangeListener(e -> refresh());
        status.addValueChangeListener(e -> refresh());
        grade.addValueChangeListener(e -> refresh());
        rule.addValueChangeListener(e -> refresh());
    }

    private void configureGrid() {
        grid.setId("region-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setPageSize(50);
        grid.addColumn(TableListRow::fiscalYear)
                .setHeader(getTranslation("tables.col.year"))
                .setSortProperty(SortKey.FISCAL_YEAR.name())
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(TableListRow::projectCode)
                .setHeader(getTranslation("tables.col.code"))
                .setSortProperty(SortKey.PROJECT_CODE.name())
                .setAutoWidth(true);
        grid.addColumn(TableListRow::projectName)
                .setHeader(getTranslation("tables.col.name"))
                .setSortProperty(SortKey.PROJECT_NAME.name())
                .setFlexGrow(3);
        grid.addColumn(r -> r.unitCode() + " " + r.unitName())
                .setHeader(getTranslation("inbox.filter.unit"))
                .setFlexGrow(2);
        grid.addColumn(r -> DateTimes.amount(r.budget()))
                .setHeader(getTranslation("tables.col.budget"))
                .setSortProperty(SortKey.BUDGET.name())
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        grid.addColumn(new ComponentRenderer<>(r -> StatusBadge.of(r.status(), r.adjusting(), r.submittedLate())))
                .setHeader(getTranslation("tables.col.status"))
                .setAutoWidth(true);
        grid.addColumn(r -> r.lastGrade() == null ? "" : gradeLabel(r.lastGrade()))
                .setHeader(getTranslation("region.filter.grade"))
                .setAutoWidth(true);
        grid.addColumn(r -> DateTimes.minutes(r.submittedAt()))
                .setHeader(getTranslation("region.col.submitted"))
                .setSortProperty(SortKey.SUBMITTED_AT.name())
                .setAutoWidth(true);
        grid.addColumn(r -> DateTimes.minutes(r.updatedAt()))
                .setHeader(getTranslation("tables.col.updated"))
                .setSortProperty(SortKey.RECEIVED.name())
                .setAutoWidth(true);
        grid.addColumn(new ComponentRenderer<>(this::links))
                .setKey("links")
                .setHeader(getTranslation("region.col.open"))
                .setAutoWidth(true);
        grid.setMultiSort(false);
        grid.setItems(query -> {
            if (!query.getSortOrders().isEmpty()) {
                QuerySortOrder order = query.getSortOrders().get(0);
                sort = SortKey.valueOf(order.getSorted());
                descending = order.getDirection() == SortDirection.DESCENDING;
            } else {
                sort = SortKey.RECEIVED;
                descending = true;
            }
            int limit = Math.min(query.getLimit(), PageRequest.MAX_LIMIT);
            return reads.listRows(user, filter, new PageRequest(query.getOffset(), limit, sort, descending)).stream();
        });
        grid.addItemDoubleClickListener(e -> getUI().ifPresent(ui ->
                ui.navigate(ReviewView.class, ReviewView.forTable(e.getItem().tableId()))));
    }

    /** 查看 (the review page, read-only for an auditor) and 历史. */
    private HorizontalLayout links(TableListRow row) {
        RouterLink review = new RouterLink(
                getTranslation("region.open.review"), ReviewView.class, ReviewView.forTable(row.tableId()));
        review.setId("region-review-" + row.tableId());
        RouterLink history = new RouterLink(
                getTranslation("region.open.history"), HistoryView.class, HistoryView.forTable(row.tableId()));
        history.setId("region-history-" + row.tableId());
        HorizontalLayout links = new HorizontalLayout(review, history);
        links.setSpacing(true);
        return links;
    }

    private void refresh() {
        filter = new TableListFilter(
                new InboxFilter(
                        year.getValue(),
                        department.isEmpty() ? null : department.getValue().code(),
                        unit.isEmpty() ? null : unit.getValue().code(),
                        status.getValue(),
                        null,
                        search.getValue().isBlank() ? null : search.getValue()),
                grade.getValue(),
                rule.isEmpty() ? null : rule.getValue().id());
        long counted = reads.count(user, filter);
        total.setText(
                counted > TableReadService.COUNT_CAP
                        ? getTranslation("region.totalMore", TableReadService.COUNT_CAP)
                        : getTranslation("region.total", counted));
        grid.getDataProvider().refreshAll();
    }

    private String gradeLabel(@Nullable Grade g) {
        if (g == null) {
            return "";
        }
        return switch (g) {
            case EXCELLENT -> getTranslation("region.grade.EXCELLENT");
            case GOOD -> getTranslation("region.grade.GOOD");
            case FAIR -> getTranslation("region.grade.FAIR");
            case POOR -> getTranslation("region.grade.POOR");
        };
    }

    @Override
    public String getPageTitle() {
        return getTranslation("region.pageTitle");
    }
}
