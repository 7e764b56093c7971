package cn.perftarget.ui.settings;

import cn.perftarget.domain.user.AppUser;
import cn.perftarget.ui.component.Notices;
import cn.perftarget.workflow.admin.settings.WorkflowSettingsAdministration;
import cn.perftarget.workflow.settings.RegionWorkflowSettings;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.Objects;

/**
 * 审核流程: resubmission through the department after 中, the working days to a review's due date and on to the
 * escalation. Ids: {@code settings-resubmit}, {@code settings-review-days}, {@code settings-escalation-days},
 * {@code settings-workflow-save}, {@code settings-workflow-error}.
 */
class WorkflowSettingsTab extends VerticalLayout {

    private final Checkbox resubmit = new Checkbox();
    private final IntegerField reviewDays = new IntegerField();
    private final IntegerField escalationDays = new IntegerField();

    WorkflowSettingsTab(AppUser user, String region, WorkflowSettingsAdministration settings) {
        resubmit.setId("settings-resubmit");
        resubmit.setLabel(getTranslation("settings.workflow.resubmit"));
        reviewDays.setId("settings-review-days");
        reviewDays.setLabel(getTranslation("settings.workflow.reviewDays"));
        reviewDays.setHelperText(getTranslation("settings.workflow.reviewDays.help"));
        escalationDays.setId("settings-escalation-days");
        escalationDays.setLabel(getTranslation("settings.workflow.escalationDays"));
        escalationDays.setHelperText(getTranslation("settings.workflow.escalationDays.help"));
        show(settings.read(user, region));
        ErrorLine error = new ErrorLine("settings-workflow-error");
        Button save = new Button(
                getTranslation("settings.save"),
                e -> error.run(() -> {
                    show(settings.save(
                            user,
                            region,
                            resubmit.getValue(),
                            Objects.requireNonNullElse(reviewDays.getValue(), 0),
                            Objects.requireNonNullElse(escalationDays.getValue(), 0)));
                    Notices.success(getTranslation("settings.saved"));
                }));
        save.setId("settings-workflow-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new Paragraph(getTranslation("settings.workflow.hint")), resubmit, reviewDays, escalationDays, error, save);
    }

    private void show(RegionWorkflowSettings s) {
        resubmit.setValue(s.resubmitViaDepartment());
        reviewDays.setValue(s.reviewWorkingDays());
        escalationDays.setValue(s.escalationWorkingDays());
    }
}
