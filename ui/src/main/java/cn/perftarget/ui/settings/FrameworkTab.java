package cn.perftarget.ui.settings;

import cn.perftarget.domain.user.AppUser;
import cn.perftarget.ui.component.Notices;
import cn.perftarget.workflow.admin.settings.FrameworkAdministration;
import cn.perftarget.workflow.admin.settings.FrameworkOption;
import cn.perftarget.workflow.admin.settings.FrameworkYear;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;

/**
 * 指标体系 per fiscal year: the framework in force for each year (the region's choice or the catalogue's), and the
 * choice of a year's framework. Ids: {@code settings-frameworks}, {@code settings-framework-year},
 * {@code settings-framework-choice}, {@code settings-framework-save}, {@code settings-framework-reset},
 * {@code settings-framework-error}.
 */
class FrameworkTab extends VerticalLayout {

    private final AppUser user;
    private final String region;
    private final FrameworkAdministration frameworks;
    private final Grid<FrameworkYear> years = new Grid<>();

    FrameworkTab(AppUser user, String region, FrameworkAdministration frameworks) {
        this.user = user;
        this.region = region;
        this.frameworks = frameworks;
        years.setId("settings-frameworks");
        years.addColumn(FrameworkYear::fiscalYear)
                .setHeader(getTranslation("settings.framework.year"))
                .setAutoWidth(true);
        years.addColumn(FrameworkYear::frameworkName)
                .setHeader(getTranslation("settings.framework.framework"))
                .setFlexGrow(1);
        years.addColumn(y -> getTranslation(y.chosen() ? "settings.framework.chosen" : "settings.framework.standard"))
                .setHeader(getTranslation("settings.framework.source"))
                .setAutoWidth(true);
        years.setHeight("300px");
        IntegerField year = new IntegerField(getTranslation("settings.framework.year"));
        year.setId("settings-framework-year");
        ComboBox<FrameworkOption> choice = new ComboBox<>(getTranslation("settings.framework.framework"));
        choice.setId("settings-framework-choice");
        choice.setItems(frameworks.options());
        choice.setItemLabelGenerator(FrameworkOption::name);
        choice.setWidth("28em");
        years.asSingleSelect().addValueChangeListener(e -> {
            FrameworkYear y = e.getValue();
            if (y != null) {
                year.setValue(y.fiscalYear());
                frameworks.options().stream()
                        .filter(o -> o.id().equals(y.frameworkId()))
                        .findFirst()
                        .ifPresent(choice::setValue);
            }
        });
        ErrorLine error = new ErrorLine("settings-framework-error");
        Button save = new Button(getTranslation("settings.save"), e -> {
            FrameworkOption chosen = choice.getValue();
            if (chosen == null) {
                error.setText(getTranslation("settings.framework.choose"));
                error.setVisible(true);
                return;
            }
            error.run(() -> {
                frameworks.save(user, region, year.getValue() == null ? 0 : year.getValue(), chosen.id());
                Notices.success(getTranslation("settings.framework.saved", year.getValue(), chosen.name()));
                refresh();
            });
        });
        save.setId("settings-framework-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button reset = new Button(
                getTranslation("settings.framework.reset"),
                e -> error.run(() -> {
                    frameworks.save(user, region, year.getValue() == null ? 0 : year.getValue(), null);
                    Notices.success(getTranslation("settings.framework.resetDone", year.getValue()));
                    refresh();
                }));
        reset.setId("settings-framework-reset");
        HorizontalLayout form = new HorizontalLayout(year, choice, save, reset);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(new Paragraph(getTranslation("settings.framework.hint")), years, form, error);
        refresh();
    }

    private void refresh() {
        years.setItems(frameworks.years(user, region));
    }
}
