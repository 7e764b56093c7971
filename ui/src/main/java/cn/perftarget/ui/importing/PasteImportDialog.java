package cn.perftarget.ui.importing;

import cn.perftarget.domain.importer.ImportedDocument;
import cn.perftarget.domain.org.Organisation;
import cn.perftarget.domain.time.BeijingTime;
import cn.perftarget.domain.user.AppUser;
import cn.perftarget.ui.component.Notices;
import cn.perftarget.ui.i18n.TranslationProvider;
import cn.perftarget.workflow.approval.ApprovalService;
import cn.perftarget.workflow.approval.ImportResult;
import cn.perftarget.workflow.error.WorkflowException;
import cn.perftarget.workflow.read.TableReadService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.shared.Registration;
import org.jspecify.annotations.Nullable;

/**
 * 粘贴导入: the drafter pastes tables copied from Word or a PDF; the dialog shows what was recognised, and only when
 * the drafter accepts are drafts created — in their own unit, through the approval service.
 */
public final class PasteImportDialog extends Dialog {

    private final AppUser user;
    private final ApprovalService service;
    private final TableReadService reads;
    private final Runnable afterImport;
    private final TextArea text = new TextArea();
    private final IntegerField year = new IntegerField();
    private final RecognisedTables recognised = new RecognisedTables();
    private final Button accept = new Button();
    private final VerticalLayout body;
    /** While attached: closes the dialog when the user navigates away. */
    private @Nullable Registration afterNavigation;

    public PasteImportDialog(AppUser user, ApprovalService service, TableReadService reads, Runnable afterImport) {
        this.user = user;
        this.service = service;
        this.reads = reads;
        this.afterImport = afterImport;
        setId("paste-import");
        setHeaderTitle(getTranslation("import.title"));
        setWidth("min(70em, 95vw)");
        Organisation unit = user.organisation();

        text.setId("paste-text");
        text.setLabel(getTranslation("import.text"));
        text.setPlaceholder(getTranslation("import.placeholder"));
        text.setWidthFull();
        text.setHeight("14em");
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setValueChangeTimeout(800);
        text.addValueChangeListener(e -> recognise());
        year.setId("paste-year");
        year.setLabel(getTranslation("import.year"));
        year.setHelperText(getTranslation("import.yearHint"));
        year.setValue(BeijingTime.today().getYear() + 1);
        year.setStepButtonsVisible(true);
        year.addValueChangeListener(e -> recognise());
        Button recogniseButton = new Button(getTranslation("import.recognise"), e -> recognise());
        recogniseButton.setId("paste-recognise");
        HorizontalLayout options = new HorizontalLayout(year, recogniseButton);
        options.setAlignItems(HorizontalLayout.Alignment.BASELINE);

        body = new VerticalLayout(
                new Paragraph(getTranslation("import.hint", unit.code() + " " + unit.name())),
                text,
                options,
                recognised);
        body.setPadding(false);
        add(body);

        accept.setText(getTranslation("import.accept"));
        accept.setId("paste-accept");
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        accept.setEnabled(false);
        accept.addClickListener(e -> importTables());
        Button close = new Button(getTranslation("import.close"), e -> close());
        close.setId("paste-close");
        getFooter().add(close, accept);
        // opening a created table from the result navigates away: the dialog has done its job
        addAttachListener(e -> afterNavigation = e.getUI().addAfterNavigationListener(n -> close()));
        addDetachListener(e -> {
            Registration listener = afterNavigation;
            if (listener != null) {
                listener.remove();
                afterNavigation = null;
            }
        });
    }

    /** Reads the pasted text through the service (its limits apply; nothing is stored) and shows what was found. */
    void recognise() {
        if (text.getValue().isBlank()) {
            recognised.setVisible(false);
            accept.setEnabled(false);
            return;
        }
        Organisation unit = user.organisation();
        ImportedDocument doc;
        try {
            doc = service.previewImport(user, text.getValue(), year.getValue());
        } catch (WorkflowException e) {
            // e.g. beyond the size limits: said, and nothing to accept
            recognised.setVisible(false);
            accept.setEnabled(false);
            Notices.error(TranslationProvider.text(e.text()));
            return;
        }
        recognised.show(doc, unit.code());
        accept.setEnabled(recognised.lines().stream().anyMatch(l -> !l.otherUnit()));
    }

    private void importTables() {
        try {
            ImportResult result = service.importTables(user, text.getValue(), year.getValue());
            body.removeAll();
            body.add(new ImportOutcome(user, result, reads));
            accept.setVisible(false);
            afterImport.run();
        } catch (WorkflowException e) {
            Notices.error(TranslationProvider.text(e.text()));
        }
    }

    RecognisedTables recognised() {
        return recognised;
    }
}
