package cn.perftarget.ui.importing;

import cn.perftarget.domain.org.Organisation;
import cn.perftarget.domain.time.BeijingTime;
import cn.perftarget.domain.user.AppUser;
import cn.perftarget.ui.component.Notices;
import cn.perftarget.ui.export.Downloads;
import cn.perftarget.ui.i18n.TranslationProvider;
import cn.perftarget.workflow.approval.ApprovalService;
import cn.perftarget.workflow.approval.UploadedFile;
import cn.perftarget.workflow.error.WorkflowException;
import cn.perftarget.workflow.export.FindingsExports;
import cn.perftarget.workflow.read.TableReadService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * 导入: the drafter pastes tables copied from Word or a PDF, or uploads Word and Excel files (.docx, .doc, .xlsx, .xls;
 * dropped or chosen, several at once); the dialog shows what was recognised — tables, problems with their places, files
 * refused with the reason — and only when the drafter accepts are drafts created, in their own unit, through the
 * approval service. The findings of what was recognised can be downloaded as Excel before accepting.
 */
public final class PasteImportDialog extends Dialog {

    private final AppUser user;
    private final ApprovalService service;
    private final TableReadService reads;
    private final Runnable afterImport;
    private final TabSheet sources = new TabSheet();
    private final Tab filesTab;
    private final OfficeUpload upload;
    private final TextArea text = new TextArea();
    private final IntegerField year = new IntegerField();
    private final RecognisedTables recognised = new RecognisedTables();
    private final Button accept = new Button();
    private final VerticalLayout body;
    /** While attached: closes the dialog when the user navigates away. */
    private @Nullable Registration afterNavigation;

    public PasteImportDialog(
            AppUser user,
            ApprovalService service,
            TableReadService reads,
            FindingsExports findings,
            Runnable afterImport) {
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

        upload = new OfficeUpload(this::recognise);
        Paragraph uploadHint = new Paragraph(getTranslation("import.upload.hint"));
        uploadHint.getStyle().set("font-size", "var(--lumo-font-size-s)");
        VerticalLayout filesPane = new VerticalLayout(uploadHint, upload);
        filesPane.setPadding(false);
        Tab pasteTab = sources.add(getTranslation("import.tab.paste"), text);
        pasteTab.setId("import-tab-paste");
        filesTab = sources.add(getTranslation("import.tab.files"), filesPane);
        filesTab.setId("import-tab-files");
        sources.setWidthFull();
        sources.addSelectedChangeListener(e -> recognise());

        Locale locale = getLocale();
        Anchor findingsDownload = Downloads.link(
                "import-findings-download",
                getTranslation("import.findings.download"),
                () -> findings.documents(user, recognised.documents(), locale));
        recognised.add(findingsDownload);

        body = new VerticalLayout(
                new Paragraph(getTranslation("import.hint", unit.code() + " " + unit.name())),
                sources,
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

    /**
     * Reads the pasted text or the uploaded files, whichever tab is open, through the service (its limits apply;
     * nothing is stored) and shows what was found.
     */
    void recognise() {
        if (filesSelected()) {
            recogniseFiles();
        } else {
            recognisePaste();
        }
    }

    private void recognisePaste() {
        if (text.getValue().isBlank()) {
            nothingToImport();
            return;
        }
        try {
            recognised.show(service.previewImport(user, text.getValue(), year.getValue()), ownUnit());
        } catch (WorkflowException e) {
            // e.g. beyond the size limits: said, and nothing to accept
            refused(e);
            return;
        }
        accept.setEnabled(recognised.lines().stream().anyMatch(l -> !l.otherUnit()));
    }

    private void recogniseFiles() {
        List<UploadedFile> files = upload.files();
        if (files.isEmpty()) {
            nothingToImport();
            return;
        }
        try {
            recognised.showFiles(service.previewFiles(user, files, year.getValue()), ownUnit());
        } catch (WorkflowException e) {
            refused(e);
            return;
        }
        accept.setEnabled(recognised.lines().stream().anyMatch(l -> !l.otherUnit()));
    }

    private void nothingToImport() {
        recognised.setVisible(false);
        accept.setEnabled(false);
    }

    private void refused(WorkflowException e) {
        nothingToImport();
        Notices.error(TranslationProvider.text(e.text()));
    }

    private void importTables() {
        try {
            ImportOutcome outcome = filesSelected()
                    ? ImportOutcome.ofFiles(user, service.importFiles(user, upload.files(), year.getValue()), reads)
                    : new ImportOutcome(user, service.importTables(user, text.getValue(), year.getValue()), reads);
            body.removeAll();
            body.add(outcome);
            accept.setVisible(false);
            afterImport.run();
        } catch (WorkflowException e) {
            Notices.error(TranslationProvider.text(e.text()));
        }
    }

    private boolean filesSelected() {
        return sources.getSelectedTab() == filesTab;
    }

    private String ownUnit() {
        return user.organisation().code();
    }

    RecognisedTables recognised() {
        return recognised;
    }
}
