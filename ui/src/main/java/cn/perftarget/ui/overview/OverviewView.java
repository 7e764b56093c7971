package cn.perftarget.ui.overview;

import cn.perftarget.bpmn.Grade;
import cn.perftarget.domain.table.TableStatus;
import cn.perftarget.domain.time.BeijingTime;
import cn.perftarget.domain.user.AppUser;
import cn.perftarget.domain.user.Role;
import cn.perftarget.ui.admin.ImportPreviewDialog;
import cn.perftarget.ui.component.Notices;
import cn.perftarget.ui.export.Downloads;
import cn.perftarget.ui.format.DateTimes;
import cn.perftarget.ui.i18n.TranslationProvider;
import cn.perftarget.ui.inbox.InboxView;
import cn.perftarget.ui.region.RegionTablesView;
import cn.perftarget.ui.security.CurrentUser;
import cn.perftarget.workflow.admin.ImportPreview;
import cn.perftarget.workflow.error.WorkflowException;
import cn.perftarget.workflow.overview.BudgetProjects;
import cn.perftarget.workflow.overview.Counts;
import cn.perftarget.workflow.overview.Coverage;
import cn.perftarget.workflow.overview.CoverageRow;
import cn.perftarget.workflow.overview.DepartmentFigures;
import cn.perftarget.workflow.overview.OverviewExports;
import cn.perftarget.workflow.overview.OverviewFigures;
import cn.perftarget.workflow.overview.OverviewService;
import cn.perftarget.workflow.overview.OverviewState;
import cn.perftarget.workflow.overview.RuleCount;
import cn.perftarget.workflow.overview.UnitFigures;
import cn.perftarget.workflow.overview.Urges;
import cn.perftarget.workflow.overview.WaitingTime;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * 总览: a fiscal year's round in the user's scope (a department reviewer: the department's units; a fiscal reviewer:
 * the section's departments, or the bureau's; an auditor: the region) — tables per status, 预算数 per status, grades,
 * findings per rule, waiting times, the comparison with the year before, the units with nothing submitted (催办) and
 * the coverage of the budget's projects. Each chart has its numbers beside it; a click on a bar opens the matching
 * list (the auditor's region list, the reviewers' inbox) with its filters as query parameters; 导出 Excel.
 */
@Route("overview")
@Menu(order = 5, icon = "vaadin:chart", title = "overview.nav")
@RolesAllowed({"DEPT_REVIEWER", "FISCAL_REVIEWER", "AUDITOR"})
public class OverviewView extends VerticalLayout implements HasDynamicTitle {

    private static final List<OverviewState> STATES = List.of(OverviewState.values());
    private static final List<Grade> GRADES = List.of(Grade.values());
    private static final int TOP_RULES = 15;

    private final AppUser user;
    private final OverviewService overview;
    private final Urges urges;
    private final BudgetProjects budget;
    private final ComboBox<Integer> year = new ComboBox<>();
    private final Paragraph summary = new Paragraph();
    private final ChartPanel status;
    private final ChartPanel money;
    private final ChartPanel grades;
    private final ChartPanel rules;
    private final ChartPanel waiting;
    private final ChartPanel years;
    private final Grid<UnitFigures> unsubmitted = new Grid<>();
    private final Paragraph coverageSummary = new Paragraph();
    private final Grid<CoverageRow> withoutTable = coverageGrid("overview-coverage-without");
    private final Grid<CoverageRow> amountDiffers = coverageGrid("overview-coverage-differs");
    private final Grid<CoverageRow> notInBudget = coverageGrid("overview-coverage-outside");
    /** What the download exports (it runs outside the UI's lock). */
    private volatile int shownYear;
    /** The categories of the charts by organisation: departments, or the units of a single department. */
    private List<Org> orgs = List.of();

    private List<String> ruleIds = List.of();

    /** A category of the organisation charts. */
    private record Org(String departmentCode, @Nullable String unitCode, String label) {}

    public OverviewView(
            CurrentUser currentUser,
            OverviewService overview,
            OverviewExports exports,
            Urges urges,
            BudgetProjects budget) {
        this.user = currentUser.require();
        this.overview = overview;
        this.urges = urges;
        this.budget = budget;
        setWidthFull();

        H2 title = new H2(getTranslation("overview.title"));
        title.setId("overview-title");

        TreeSet<Integer> known = new TreeSet<>(overview.years(user));
        int thisYear = BeijingTime.today().getYear();
        int initial = known.isEmpty() ? thisYear : known.last();
        known.add(thisYear);
        known.add(thisYear + 1);
        year.setId("overview-year");
        year.setLabel(getTranslation("overview.year"));
        year.setItems(known.descendingSet().stream().toList());
        year.setWidth("8em");
        year.setValue(initial);
        shownYear = initial;
        year.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                refresh();
            }
        });
        Locale locale = getLocale();
        Anchor download = Downloads.link(
                "overview-download", getTranslation("overview.export"), () -> exports.figures(user, shownYear, locale));
        HorizontalLayout bar = new HorizontalLayout(year, download);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        summary.setId("overview-summary");

        status = new ChartPanel("status", getTranslation("overview.chart.status"), this::drillOrg);
        money = new ChartPanel("money", getTranslation("overview.chart.money"), this::drillOrg);
        grades = new ChartPanel("grades", getTranslation("overview.chart.grades"), this::drillGrade);
        rules = new ChartPanel("rules", getTranslation("overview.chart.rules"), this::drillRule);
        waiting = new ChartPanel("waiting", getTranslation("overview.chart.waiting"), this::drillStep);
        years = new ChartPanel("years", getTranslation("overview.chart.years"), this::drillYear);

        configureUnsubmitted();
        VerticalLayout coverage = coverage();
        add(
                title,
                bar,
                summary,
                status,
                money,
                grades,
                rules,
                waiting,
                years,
                new H3(getTranslation("overview.unsubmitted.title")),
                unsubmitted,
                coverage);
        refresh();
    }

    // ------------------------------------------------------------------ figures

    private void refresh() {
        Integer chosen = year.getValue();
        int y = chosen == null ? BeijingTime.today().getYear() : chosen;
        shownYear = y;
        OverviewFigures f = overview.figures(user, y);
        boolean oneDepartment = f.departments().size() == 1;
        List<Org> categories = new ArrayList<>();
        List<Counts> counts = new ArrayList<>();
        if (oneDepartment) {
            for (UnitFigures u : f.units()) {
                categories.add(new Org(u.departmentCode(), u.code(), u.code() + " " + u.name()));
                counts.add(u.counts());
            }
        } else {
            for (DepartmentFigures d : f.departments()) {
                categories.add(new Org(d.code(), null, d.code() + " " + d.name()));
                counts.add(d.counts());
            }
        }
        orgs = categories;
        List<String> labels = categories.stream().map(Org::label).toList();
        String orgHeader = getTranslation(oneDepartment ? "overview.col.unit" : "overview.col.department");

        List<ChartData.Series> byState = new ArrayList<>();
        List<ChartData.Series> budgetByState = new ArrayList<>();
        for (OverviewState s : STATES) {
            byState.add(new ChartData.Series(
                    getTranslation(s.labelKey()),
                    counts.stream().map(c -> (Number) c.tables(s)).toList()));
            budgetByState.add(new ChartData.Series(
                    getTranslation(s.labelKey()),
                    counts.stream().map(c -> (Number) c.budget(s)).toList()));
        }
        status.show(new ChartData(labels, byState, true, getTranslation("overview.unit.tables")), orgHeader);
        money.show(new ChartData(labels, budgetByState, true, getTranslation("overview.unit.money")), orgHeader);

        List<ChartData.Series> byGrade = new ArrayList<>();
        for (Grade g : GRADES) {
            byGrade.add(new ChartData.Series(
                    getTranslation(gradeKey(g)),
                    counts.stream().map(c -> (Number) c.grade(g)).toList()));
        }
        grades.show(new ChartData(labels, byGrade, true, getTranslation("overview.unit.tables")), orgHeader);

        Map<String, Long> perRule = new LinkedHashMap<>();
        for (RuleCount r : f.rules()) {
            perRule.merge(r.ruleId(), r.tables(), Long::sum);
        }
        ruleIds = perRule.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(TOP_RULES)
                .map(Map.Entry::getKey)
                .toList();
        rules.show(
                new ChartData(
                        ruleIds,
                        List.of(new ChartData.Series(
                                getTranslation("overview.series.tablesWithFindings"),
                                ruleIds.stream()
                                        .map(r -> (Number) perRule.get(r))
                                        .toList())),
                        false,
                        getTranslation("overview.unit.tables")),
                getTranslation("overview.col.rule"));

        List<OverviewState> steps =
                List.of(OverviewState.DEPT_REVIEW, OverviewState.FISCAL_REVIEW, OverviewState.UNIT_CONFIRM);
        Map<OverviewState, WaitingTime> w = new LinkedHashMap<>();
        f.waiting().forEach(x -> w.put(x.step(), x));
        waiting.show(
                new ChartData(
                        steps.stream().map(s -> getTranslation(s.labelKey())).toList(),
                        List.of(
                                new ChartData.Series(
                                        getTranslation("overview.series.waiting"),
                                        steps.stream()
                                                .map(s -> (Number)
                                                        (w.containsKey(s)
                                                                ? w.get(s).tables()
                                                                : 0L))
                                                .toList()),
                                new ChartData.Series(
                                        getTranslation("overview.series.median"),
                                        steps.stream()
                                                .map(s -> (Number) days(
                                                        w.containsKey(s)
                                                                ? w.get(s).median()
                                                                : Duration.ZERO))
                                                .toList()),
                                new ChartData.Series(
                                        getTranslation("overview.series.slowest"),
                                        steps.stream()
                                                .map(s -> (Number) days(
                                                        w.containsKey(s)
                                                                ? w.get(s).slowest()
                                                                : Duration.ZERO))
                                                .toList())),
                        false,
                        getTranslation("overview.unit.daysOrTables")),
                getTranslation("overview.col.step"));

        years.show(
                new ChartData(
                        STATES.stream().map(s -> getTranslation(s.labelKey())).toList(),
                        List.of(
                                new ChartData.Series(
                                        String.valueOf(y),
                                        STATES.stream()
                                                .map(s -> (Number) f.current().tables(s))
                                                .toList()),
                                new ChartData.Series(
                                        String.valueOf(y - 1),
                                        STATES.stream()
                                                .map(s -> (Number) f.previous().tables(s))
                                                .toList())),
                        false,
                        getTranslation("overview.unit.tables")),
                getTranslation("overview.col.state"));

        String late = f.late() == null
                ? getTranslation("overview.summary.noRound")
                : getTranslation("overview.summary.late", f.late().total());
        summary.setText(getTranslation(
                        "overview.summary",
                        f.current().total(),
                        f.current().submitted(),
                        f.current().tables(OverviewState.APPROVED),
                        DateTimes.amount(f.current().totalBudget()),
                        percent(f.current()),
                        percent(f.previous()),
                        f.unitsWithoutSubmission().size())
                + " " + late);
        unsubmitted.setItems(f.unitsWithoutSubmission());
        refreshCoverage(y);
    }

    private static BigDecimal days(Duration d) {
        return BigDecimal.valueOf(d.toSeconds() / 86_400.0).setScale(1, RoundingMode.HALF_UP);
    }

    private static String percent(Counts c) {
        return BigDecimal.valueOf(c.returnedShare() * 100)
                .setScale(1, RoundingMode.HALF_UP)
                .toPlainString();
    }

    private static String gradeKey(Grade g) {
        return switch (g) {
            case EXCELLENT -> "listGrade.EXCELLENT";
            case GOOD -> "listGrade.GOOD";
            case FAIR -> "listGrade.FAIR";
            case POOR -> "listGrade.POOR";
        };
    }

    // ------------------------------------------------------------------ drill-down

    private void drillOrg(int category, int series) {
        if (category < 0 || category >= orgs.size() || series < 0 || series >= STATES.size()) {
            return;
        }
        Org org = orgs.get(category);
        open(
                shownYear,
                org.departmentCode(),
                org.unitCode(),
                STATES.get(series).status().orElse(null),
                null,
                null);
    }

    private void drillGrade(int category, int series) {
        if (category < 0 || category >= orgs.size() || series < 0 || series >= GRADES.size()) {
            return;
        }
        Org org = orgs.get(category);
        open(shownYear, org.departmentCode(), org.unitCode(), null, GRADES.get(series), null);
    }

    private void drillRule(int category, int series) {
        if (category < 0 || category >= ruleIds.size()) {
            return;
        }
        open(shownYear, null, null, null, null, ruleIds.get(category));
    }

    private void drillStep(int category, int series) {
        List<TableStatus> steps = List.of(TableStatus.DEPT_REVIEW, TableStatus.FISCAL_REVIEW, TableStatus.UNIT_CONFIRM);
        if (category < 0 || category >= steps.size()) {
            return;
        }
        open(shownYear, null, null, steps.get(category), null, null);
    }

    private void drillYear(int category, int series) {
        if (category < 0 || category >= STATES.size()) {
            return;
        }
        open(
                series == 1 ? shownYear - 1 : shownYear,
                null,
                null,
                STATES.get(category).status().orElse(null),
                null,
                null);
    }

    /**
     * Opens the matching list: an auditor's region list with every filter; a reviewer's inbox (their tasks) with year,
     * department, unit and step (grade and rule are filters of the region list only).
     */
    private void open(
            int fiscalYear,
            @Nullable String department,
            @Nullable String unit,
            @Nullable TableStatus state,
            @Nullable Grade grade,
            @Nullable String rule) {
        UI ui = UI.getCurrent();
        if (user.has(Role.AUDITOR)) {
            QueryParameters q = RegionTablesView.query(fiscalYear, department, unit, state, grade, rule);
            ui.navigate(RegionTablesView.class, RouteParameters.empty(), q);
        } else {
            QueryParameters q = InboxView.query(fiscalYear, department, unit, state);
            ui.navigate(InboxView.class, RouteParameters.empty(), q);
        }
    }

    // ------------------------------------------------------------------ 催办

    private void configureUnsubmitted() {
        unsubmitted.setId("overview-unsubmitted");
        unsubmitted.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        unsubmitted.setAllRowsVisible(true);
        unsubmitted.setMaxHeight("360px");
        unsubmitted
                .addColumn(u -> u.departmentCode() + " " + u.departmentName())
                .setHeader(getTranslation("overview.col.department"))
                .setAutoWidth(true);
        unsubmitted
                .addColumn(u -> u.code() + " " + u.name())
                .setHeader(getTranslation("overview.col.unit"))
                .setFlexGrow(1);
        unsubmitted
                .addColumn(u -> u.counts().total())
                .setHeader(getTranslation("overview.col.drafts"))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        boolean mayUrge = user.has(Role.DEPT_REVIEWER) || user.has(Role.FISCAL_REVIEWER);
        if (mayUrge) {
            unsubmitted
                    .addComponentColumn(u -> {
                        Button urge = new Button(getTranslation("overview.urge"), e -> urge(u));
                        urge.setId("overview-urge-" + u.code());
                        urge.addThemeVariants(ButtonVariant.LUMO_SMALL);
                        return urge;
                    })
                    .setKey("urge")
                    .setAutoWidth(true);
        }
    }

    private void urge(UnitFigures unit) {
        try {
            var result = urges.urgeUnit(user, unit.code(), shownYear);
            Notices.success(getTranslation(
                    "overview.urge.done", unit.name(), result.recipients().size()));
        } catch (WorkflowException refused) {
            Notices.error(TranslationProvider.text(refused.text()));
        }
    }

    // ------------------------------------------------------------------ coverage

    private VerticalLayout coverage() {
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        box.setId("overview-coverage");
        H3 title = new H3(getTranslation("overview.coverage.title"));
        coverageSummary.setId("overview-coverage-summary");
        // read with the figures: counters and the first lines of each list (a few milliseconds at 1,000,000 tables)
        box.add(title, coverageSummary);
        if (user.has(Role.FISCAL_REVIEWER)) {
            Button importList = new Button(getTranslation("overview.coverage.import"), e -> importDialog());
            importList.setId("overview-budget-import");
            box.add(importList);
        }
        box.add(
                new Paragraph(getTranslation("overview.coverage.without")),
                withoutTable,
                new Paragraph(getTranslation("overview.coverage.differs")),
                amountDiffers,
                new Paragraph(getTranslation("overview.coverage.outside")),
                notInBudget);
        return box;
    }

    private Grid<CoverageRow> coverageGrid(String id) {
        Grid<CoverageRow> grid = new Grid<>();
        grid.setId(id);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.setMaxHeight("300px");
        grid.addColumn(CoverageRow::projectCode)
                .setHeader(getTranslation("overview.coverage.col.code"))
                .setAutoWidth(true);
        grid.addColumn(CoverageRow::projectName)
                .setHeader(getTranslation("overview.coverage.col.name"))
                .setFlexGrow(1);
        grid.addColumn(r -> r.unitCode() + " " + r.unitName())
                .setHeader(getTranslation("overview.col.unit"))
                .setAutoWidth(true);
        grid.addColumn(r -> DateTimes.amount(r.amount()))
                .setHeader(getTranslation("overview.coverage.col.amount"))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        grid.addColumn(r -> DateTimes.amount(r.tableBudget()))
                .setHeader(getTranslation("overview.coverage.col.budget"))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        return grid;
    }

    private void refreshCoverage(int y) {
        Coverage c = overview.coverage(user, y);
        coverageSummary.setText(getTranslation(
                "overview.coverage.summary",
                c.projects(),
                c.withoutTableCount(),
                c.amountDiffersCount(),
                c.notInBudgetCount()));
        withoutTable.setItems(c.withoutTable());
        amountDiffers.setItems(c.amountDiffers());
        notInBudget.setItems(c.notInBudget());
    }

    private void importDialog() {
        int y = shownYear;
        new ImportPreviewDialog(
                        getTranslation("overview.coverage.import") + " " + y,
                        List.of(
                                getTranslation("overview.coverage.col.code"),
                                getTranslation("overview.coverage.col.name"),
                                getTranslation("overview.col.unit"),
                                getTranslation("overview.coverage.col.amount")),
                        getTranslation("overview.coverage.importHint"),
                        new ImportPreviewDialog.Importer() {
                            @Override
                            public ImportPreview preview(String fileName, byte[] content) {
                                return budget.preview(user, y, fileName, content);
                            }

                            @Override
                            public void importRows(String fileName, byte[] content, boolean validRowsOnly) {
                                int n = budget.importProjects(user, y, fileName, content, validRowsOnly);
                                Notices.success(getTranslation("overview.coverage.imported", n));
                                refreshCoverage(y);
                            }
                        })
                .open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("overview.title");
    }
}
