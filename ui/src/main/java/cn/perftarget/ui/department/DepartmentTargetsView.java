package cn.perftarget.ui.department;

import cn.perftarget.domain.org.Organisation;
import cn.perftarget.domain.time.BeijingTime;
import cn.perftarget.domain.user.AppUser;
import cn.perftarget.ui.component.Notices;
import cn.perftarget.ui.format.DateTimes;
import cn.perftarget.ui.i18n.TranslationProvider;
import cn.perftarget.ui.security.CurrentUser;
import cn.perftarget.workflow.department.DepartmentPart;
import cn.perftarget.workflow.department.DepartmentTargetsService;
import cn.perftarget.workflow.error.NotFoundException;
import cn.perftarget.workflow.error.WorkflowException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * 部门整体绩效目标: a department's part of a fiscal year — 总体绩效目标, 分项绩效目标 with their indicators, 保障措施. The
 * department reviewer edits and saves it (refused with the reason when someone saved meanwhile) or imports it from a
 * pasted text or a Word/Excel file; the fiscal reviewers responsible for the department and the auditors of its
 * region read it; all of them download the department's publication document (发布文档, Word or PDF). The department
 * and year come from the address ({@link #forDepartment}) or the pickers. Ids: {@code dept-department},
 * {@code dept-year}, {@code dept-save}, {@code dept-import}, {@code dept-version}, the form's {@code dept-*}.
 */
@Route("department-targets")
@Menu(order = 3, icon = "vaadin:institution", title = "nav.departmentTargets")
@RolesAllowed({"DEPT_REVIEWER", "FISCAL_REVIEWER", "AUDITOR"})
public class DepartmentTargetsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final String DEPARTMENT = "department";
    private static final String YEAR = "year";

    private final AppUser user;
    private final DepartmentTargetsService service;
    private final ComboBox<Organisation> department = new ComboBox<>();
    private final ComboBox<Integer> year = new ComboBox<>();
    private final DepartmentPartForm form = new DepartmentPartForm();
    private final Span version = new Span();
    private final Button save = new Button(VaadinIcon.CHECK.create());
    private final Button importButton = new Button(VaadinIcon.UPLOAD.create());
    private final Div publication = new Div();
    private @Nullable DepartmentPart shown;

    public DepartmentTargetsView(CurrentUser currentUser, DepartmentTargetsService service) {
        this.user = currentUser.require();
        this.service = service;
        H2 title = new H2(getTranslation("department.title"));
        title.getStyle().set("margin", "0");

        department.setId("dept-department");
        department.setLabel(getTranslation("department.department"));
        department.setItemLabelGenerator(o -> o.code() + " " + o.name());
        department.setItems(service.departments(user));
        department.setWidth("28rem");
        year.setId("dept-year");
        year.setLabel(getTranslation("department.year"));
        int now = BeijingTime.today().getYear();
        year.setItems(IntStream.rangeClosed(2018, now + 1)
                .boxed()
                .sorted((a, b) -> b - a)
                .toList());
        year.setItemLabelGenerator(String::valueOf);
        department.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                load();
            }
        });
        year.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                load();
            }
        });
        HorizontalLayout pickers = new HorizontalLayout(department, year);
        pickers.setAlignItems(FlexComponent.Alignment.BASELINE);

        save.setText(getTranslation("department.save"));
        save.setId("dept-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        importButton.setText(getTranslation("department.import"));
        importButton.setId("dept-import");
        importButton.addClickListener(e -> openImport());
        version.setId("dept-version");
        version.getStyle().set("color", "var(--lumo-secondary-text-color)");
        HorizontalLayout actions = new HorizontalLayout(save, importButton, version);
        actions.setAlignItems(FlexComponent.Alignment.CENTER);

        add(title, pickers, publication, form, actions);
    }

    /** The screen of a department's part of a year: {@code ui.navigate(DepartmentTargetsView.class, forDepartment(…))}. */
    public static QueryParameters forDepartment(String departmentCode, int fiscalYear) {
        return QueryParameters.simple(Map.of(DEPARTMENT, departmentCode, YEAR, String.valueOf(fiscalYear)));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> query =
                event.getLocation().getQueryParameters().getParameters();
        int fiscalYear = first(query, YEAR)
                .flatMap(DepartmentTargetsView::parseYear)
                .orElse(BeijingTime.today().getYear());
        if (year.getListDataView().getItems().noneMatch(y -> y == fiscalYear)) {
            year.setItems(java.util.stream.Stream.concat(
                            year.getListDataView().getItems(), java.util.stream.Stream.of(fiscalYear))
                    .sorted((a, b) -> b - a)
                    .toList());
        }
        year.setValue(fiscalYear);
        List<Organisation> departments = service.departments(user);
        String code = first(query, DEPARTMENT)
                .orElse(departments.isEmpty() ? null : departments.get(0).code());
        if (code == null) {
            load();
            return;
        }
        DepartmentPart part;
        try {
            part = service.read(user, code, fiscalYear);
        } catch (NotFoundException refused) {
            event.rerouteToError(refused, refused.getMessage());
            return;
        } catch (WorkflowException refused) {
            Notices.error(TranslationProvider.text(refused.text()));
            load();
            return;
        }
        department.setValue(part.department());
        show(part);
    }

    private void load() {
        Organisation d = department.getValue();
        Integer y = year.getValue();
        publication.removeAll();
        if (d == null || y == null) {
            shown = null;
            form.setValue(DepartmentPart.BLANK);
            form.setReadOnly(true);
            save.setVisible(false);
            importButton.setVisible(false);
            version.setText("");
            return;
        }
        try {
            show(service.read(user, d.code(), y));
        } catch (WorkflowException refused) {
            Notices.error(TranslationProvider.text(refused.text()));
        }
    }

    private void show(DepartmentPart part) {
        shown = part;
        form.setValue(part.content());
        form.setReadOnly(!part.editable());
        save.setVisible(part.editable());
        importButton.setVisible(part.editable());
        version.setText(
                part.stored()
                        ? getTranslation(
                                "department.version",
                                part.version(),
                                Objects.toString(part.updatedBy(), ""),
                                DateTimes.minutes(part.updatedAt()))
                        : getTranslation("department.version.none"));
        publication.removeAll();
        publication.add(new PublicationLinks(service, user, part.department().code(), part.fiscalYear()));
    }

    private void save() {
        DepartmentPart current = shown;
        if (current == null) {
            return;
        }
        try {
            show(service.save(
                    user, current.department().code(), current.fiscalYear(), form.value(), current.version()));
            Notices.success(getTranslation("department.saved"));
        } catch (WorkflowException refused) {
            Notices.error(TranslationProvider.text(refused.text()));
        }
    }

    private void openImport() {
        DepartmentPart current = shown;
        if (current == null) {
            return;
        }
        String code = current.department().code();
        int y = current.fiscalYear();
        new DepartmentImportDialog(
                        new DepartmentImportDialog.Imports() {
                            @Override
                            public DepartmentPart text(String text) {
                                return service.importText(user, code, y, text, current.version());
                            }

                            @Override
                            public DepartmentPart file(String fileName, byte[] content) {
                                return service.importFile(user, code, y, fileName, content, current.version());
                            }
                        },
                        this::show)
                .open();
    }

    private static Optional<String> first(Map<String, List<String>> query, String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    private static Optional<Integer> parseYear(String s) {
        try {
            return Optional.of(Integer.parseInt(s.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("department.pageTitle");
    }
}
