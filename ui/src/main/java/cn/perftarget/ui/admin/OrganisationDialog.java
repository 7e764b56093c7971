package cn.perftarget.ui.admin;

import cn.perftarget.ui.i18n.TranslationProvider;
import cn.perftarget.workflow.error.WorkflowException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;

/**
 * A small dialog of the 组织机构 screen (新建下级, 更名, 调整, 负责科室): its fields, and 保存 that runs the workflow
 * call; a refusal stays in the dialog ({@code org-error}) and nothing is saved. Save button: {@code org-save}.
 */
class OrganisationDialog extends Dialog {

    private final Paragraph error = new Paragraph();

    OrganisationDialog(String title, Runnable save, Component... fields) {
        setHeaderTitle(title);
        error.setId("org-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        add(new FormLayout(fields), error);
        Button ok = new Button(getTranslation("admin.save"), e -> {
            try {
                save.run();
                close();
            } catch (WorkflowException refused) {
                error.setText(TranslationProvider.text(refused.text()));
            }
        });
        ok.setId("org-save");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("admin.cancel"), e -> close()), ok);
        setWidth("520px");
    }
}
