package cn.perftarget.ui.tables;

import cn.perftarget.domain.time.BeijingTime;
import cn.perftarget.domain.user.AppUser;
import cn.perftarget.ui.i18n.TranslationProvider;
import cn.perftarget.workflow.approval.ActionResult;
import cn.perftarget.workflow.approval.ApprovalService;
import cn.perftarget.workflow.error.WorkflowException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.LongConsumer;

/** 新建: year, name and (optional) code of a new table of the drafter's unit; it starts as the framework's blank form. */
class NewTableDialog extends Dialog {

    private final IntegerField year = new IntegerField();
    private final TextField name = new TextField();
    private final TextField code = new TextField();
    private final Span error = new Span();

    NewTableDialog(AppUser user, ApprovalService service, LongConsumer opened) {
        setHeaderTitle(getTranslation("tables.new.title"));
        year.setId("new-year");
        year.setLabel(getTranslation("tables.new.year"));
        year.setValue(BeijingTime.today().getYear() + 1);
        year.setMin(2000);
        year.setMax(2999);
        year.setStepButtonsVisible(true);
        name.setId("new-name");
        name.setLabel(getTranslation("tables.new.name"));
        name.setWidthFull();
        code.setId("new-code");
        code.setLabel(getTranslation("tables.new.code"));
        code.setHelperText(getTranslation("tables.new.codeHint"));
        code.setWidthFull();
        error.setId("new-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        VerticalLayout form = new VerticalLayout(year, name, code, error);
        form.setPadding(false);
        form.setWidth("32em");
        add(form);

        Button create = new Button(getTranslation("tables.new.create"), e -> {
            if (year.getValue() == null) {
                error.setText(getTranslation("tables.new.yearRequired"));
                return;
            }
            try {
                ActionResult created = service.create(
                        user,
                        TableTemplate.blank(
                                year.getValue(),
                                code.getValue().strip(),
                                name.getValue().strip()));
                close();
                opened.accept(created.tableId());
            } catch (WorkflowException ex) {
                error.setText(TranslationProvider.text(ex.text()));
            }
        });
        create.setId("new-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("tables.cancel"), e -> close()), create);
    }
}
