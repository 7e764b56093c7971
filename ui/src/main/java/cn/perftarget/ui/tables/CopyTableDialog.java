package cn.perftarget.ui.tables;

import cn.perftarget.domain.table.StoredTable;
import cn.perftarget.domain.table.TargetTable;
import cn.perftarget.domain.user.AppUser;
import cn.perftarget.ui.i18n.TranslationProvider;
import cn.perftarget.workflow.approval.ActionResult;
import cn.perftarget.workflow.approval.ApprovalService;
import cn.perftarget.workflow.error.WorkflowException;
import cn.perftarget.workflow.inbox.TableListRow;
import cn.perftarget.workflow.read.TableReadService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.function.LongConsumer;

/**
 * 复制为新年度: a new draft of the unit for another year (by default the next one) with every cell of a table of the
 * unit; the source table itself is read on the server within the user's scope.
 */
class CopyTableDialog extends Dialog {

    private final IntegerField year = new IntegerField();
    private final Span error = new Span();

    CopyTableDialog(
            AppUser user, TableListRow source, TableReadService reads, ApprovalService service, LongConsumer opened) {
        setHeaderTitle(getTranslation("tables.copy.title"));
        Paragraph what = new Paragraph(getTranslation(
                "tables.copy.source", String.valueOf(source.fiscalYear()), source.projectName(), source.projectCode()));
        year.setId("copy-year");
        year.setLabel(getTranslation("tables.copy.year"));
        year.setValue(source.fiscalYear() + 1);
        year.setMin(2000);
        year.setMax(2999);
        year.setStepButtonsVisible(true);
        error.setId("copy-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        VerticalLayout form = new VerticalLayout(what, year, error);
        form.setPadding(false);
        form.setWidth("32em");
        add(form);

        Button create = new Button(getTranslation("tables.copy.create"), e -> {
            if (year.getValue() == null) {
                error.setText(getTranslation("tables.new.yearRequired"));
                return;
            }
            try {
                StoredTable from = reads.table(user, source.tableId());
                TargetTable content = from.content();
                ActionResult created =
                        service.create(user, content.withUnit(content.unitCode(), content.unitName(), year.getValue()));
                close();
                opened.accept(created.tableId());
            } catch (WorkflowException ex) {
                error.setText(TranslationProvider.text(ex.text()));
            }
        });
        create.setId("copy-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("tables.cancel"), e -> close()), create);
    }
}
