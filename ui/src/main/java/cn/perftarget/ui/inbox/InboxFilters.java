package cn.perftarget.ui.inbox;

import cn.perftarget.domain.org.Organisation;
import cn.perftarget.domain.table.TableStatus;
import cn.perftarget.domain.time.BeijingTime;
import cn.perftarget.domain.user.AppUser;
import cn.perftarget.domain.user.Role;
import cn.perftarget.ui.component.DrillDownParameters;
import cn.perftarget.workflow.inbox.InboxFilter;
import cn.perftarget.workflow.read.TableReadService;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * The filters of the inbox: 年度, 主管部门, 单位, 环节, 只看逾期, and a search in 项目名称/项目编码. The departments and units
 * offered are those of the user's scope. Ids: {@code inbox-filter-year|department|unit|step|overdue}, {@code inbox-search}.
 */
class InboxFilters extends HorizontalLayout {

    private final ComboBox<Integer> year = new ComboBox<>();
    private final ComboBox<Organisation> department = new ComboBox<>();
    private final ComboBox<Organisation> unit = new ComboBox<>();
    private final Select<TableStatus> step = new Select<>();
    private final Checkbox overdue = new Checkbox();
    private final TextField search = new TextField();
    private final AppUser user;
    private final TableReadService reads;
    private final List<Organisation> departments;

    InboxFilters(AppUser user, TableReadService reads, Consumer<InboxFilter> onChange) {
        this.user = user;
        this.reads = reads;
        this.departments = reads.departmentsInScope(user);
        setAlignItems(FlexComponent.Alignment.BASELINE);
        setWidthFull();
        getStyle().set("flex-wrap", "wrap");

        year.setId("inbox-filter-year");
        year.setLabel(getTranslation("inbox.filter.year"));
        int thisYear = BeijingTime.today().getYear();
        year.setItems(IntStream.rangeClosed(2018, thisYear + 1)
                .map(y -> thisYear + 1 - (y - 2018))
                .boxed()
                .toList());
        year.setClearButtonVisible(true);
        year.setWidth("7em");

        department.setId("inbox-filter-department");
        department.setLabel(getTranslation("inbox.filter.department"));
        department.setItems(departments);
        department.setItemLabelGenerator(o -> o.code() + " " + o.name());
        department.setClearButtonVisible(true);
        department.setVisible(departments.size() > 0 && !onlyOwnUnit(user));
        department.setWidth("13em");

        unit.setId("inbox-filter-unit");
        unit.setLabel(getTranslation("inbox.filter.unit"));
        unit.setItemLabelGenerator(o -> o.code() + " " + o.name());
        unit.setClearButtonVisible(true);
        unit.setVisible(!onlyOwnUnit(user));
        unit.setWidth("13em");
        unit.setItems(units(null));

        step.setId("inbox-filter-step");
        step.setLabel(getTranslation("inbox.filter.step"));
        step.setItems(
                TableStatus.DEPT_REVIEW,
                TableStatus.FISCAL_REVIEW,
                TableStatus.UNIT_CONFIRM,
                TableStatus.DRAFTING,
                TableStatus.APPROVED,
                TableStatus.REJECTED);
        step.setEmptySelectionAllowed(true);
        step.setEmptySelectionCaption(getTranslation("inbox.filter.any"));
        step.setItemLabelGenerator(s -> s == null ? getTranslation("inbox.filter.any") : getTranslation(s.labelKey()));
        step.setWidth("8em");

        overdue.setId("inbox-filter-overdue");
        overdue.setLabel(getTranslation("inbox.filter.overdue"));

        search.setId("inbox-search");
        search.setPlaceholder(getTranslation("inbox.search.placeholder"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.setWidth("15em");

        department.addValueChangeListener(e -> {
            unit.clear();
            unit.setItems(units(e.getValue()));
        });
        year.addValueChangeListener(e -> onChange.accept(value()));
        department.addValueChangeListener(e -> onChange.accept(value()));
        unit.addValueChangeListener(e -> onChange.accept(value()));
        step.addValueChangeListener(e -> onChange.accept(value()));
        overdue.addValueChangeListener(e -> onChange.accept(value()));
        search.addValueChangeListener(e -> onChange.accept(value()));
        add(search, year, department, unit, step, overdue);
    }

    /**
     * Sets the filters from a drill-down's query parameters ({@code year}, {@code department}, {@code unit},
     * {@code status}, see {@link InboxView#query}); a value the user cannot choose is left out.
     */
    void apply(java.util.Map<String, List<String>> query) {
        DrillDownParameters params = new DrillDownParameters(query);
        params.number("year").ifPresent(year::setValue);
        params.organisation("department", departments).ifPresent(department::setValue);
        params.organisation("unit", units(department.getValue())).ifPresent(unit::setValue);
        params.constant("status", TableStatus.class).ifPresent(step::setValue);
    }

    InboxFilter value() {
        return new InboxFilter(
                year.getValue(),
                department.isEmpty() ? null : department.getValue().code(),
                unit.isEmpty() ? null : unit.getValue().code(),
                step.getValue(),
                overdue.getValue() ? Boolean.TRUE : null,
                search.getValue().isBlank() ? null : search.getValue());
    }

    boolean isFiltered() {
        InboxFilter f = value();
        return f.fiscalYear() != null
                || f.departmentCode() != null
                || f.unitCode() != null
                || f.status() != null
                || f.overdue() != null
                || f.text() != null;
    }

    private List<Organisation> units(@Nullable Organisation dept) {
        return reads.unitsInScope(user, dept);
    }

    private static boolean onlyOwnUnit(AppUser user) {
        return !user.has(Role.DEPT_REVIEWER) && !user.has(Role.FISCAL_REVIEWER) && !user.has(Role.AUDITOR);
    }
}
