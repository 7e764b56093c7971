package cn.perftarget.ui.department;

import cn.perftarget.ui.component.Notices;
import cn.perftarget.ui.i18n.TranslationProvider;
import cn.perftarget.workflow.department.DepartmentPart;
import cn.perftarget.workflow.error.WorkflowException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * 导入部门整体绩效目标: a pasted text or one Word/Excel file (.docx, .doc, .xlsx, .xls); what the server reads from it
 * replaces the department's stored part (its tables are not imported here). Refusals are shown in the user's
 * language and change nothing.
 */
final class DepartmentImportDialog extends Dialog {

    /** The department's import calls, for the text and for a file; each returns the part as now stored. */
    interface Imports {
        DepartmentPart text(String text);

        DepartmentPart file(String fileName, byte[] content);
    }

    private static final int MAX_FILE_BYTES = 20 * 1024 * 1024;

    private final TextArea text = new TextArea();
    private final Imports imports;
    private final Consumer<DepartmentPart> done;

    DepartmentImportDialog(Imports imports, Consumer<DepartmentPart> done) {
        this.imports = imports;
        this.done = done;
        setHeaderTitle(getTranslation("department.import.title"));
        setId("dept-import-dialog");
        setWidth("48rem");
        text.setId("dept-import-text");
        text.setLabel(getTranslation("department.import.paste"));
        text.setWidthFull();
        text.setHeight("14rem");
        Button fromText = new Button(getTranslation("department.import.fromText"), e -> fromText());
        fromText.setId("dept-import-paste");
        fromText.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        UI ui = UI.getCurrent();
        Upload upload = new Upload(
                UploadHandler.inMemory((metadata, bytes) -> ui.access(() -> fromFile(metadata.fileName(), bytes))));
        upload.setId("dept-import-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_FILE_BYTES);
        upload.setAcceptedFileTypes(".docx", ".doc", ".xlsx", ".xls");
        Button uploadButton = new Button(getTranslation("department.import.file"));
        upload.setUploadButton(uploadButton);
        upload.setDropLabel(new com.vaadin.flow.component.html.Span(getTranslation("department.import.drop")));

        add(new Paragraph(getTranslation("department.import.hint")), text, fromText, upload);
        Button close = new Button(getTranslation("department.import.close"), e -> close());
        close.setId("dept-import-close");
        getFooter().add(close);
    }

    void fromText() {
        attempt(() -> imports.text(text.getValue()));
    }

    /** The file's content as uploaded (also called by the tests, which cannot upload). */
    void fromFile(String fileName, byte[] content) {
        attempt(() -> imports.file(fileName, content));
    }

    private void attempt(Supplier<DepartmentPart> importing) {
        try {
            DepartmentPart part = importing.get();
            Notices.success(getTranslation("department.import.done"));
            close();
            done.accept(part);
        } catch (WorkflowException refused) {
            Notices.error(TranslationProvider.text(refused.text()));
        }
    }
}
