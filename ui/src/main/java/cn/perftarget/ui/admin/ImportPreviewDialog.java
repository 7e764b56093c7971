package cn.perftarget.ui.admin;

import cn.perftarget.ui.component.Notices;
import cn.perftarget.ui.i18n.TranslationProvider;
import cn.perftarget.workflow.admin.ImportPreview;
import cn.perftarget.workflow.admin.ImportRow;
import cn.perftarget.workflow.error.WorkflowException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The import of an Excel list: upload, the preview of every row with its problems, then 导入 (refused while a row
 * has a problem) or 只导入无问题的行. Ids: {@code import-sheet}, {@code import-preview}, {@code import-summary},
 * {@code import-all}, {@code import-valid}.
 */
public class ImportPreviewDialog extends Dialog {

    /** What the workflow does with a file: preview it, or import it (all rows, or the valid ones). */
    public interface Importer {
        ImportPreview preview(String fileName, byte[] content);

        void importRows(String fileName, byte[] content, boolean validRowsOnly);
    }

    private final Importer importer;
    private final Grid<ImportRow> preview = new Grid<>();
    private final Paragraph summary = new Paragraph();
    private final Button importAll = new Button();
    private final Button importValid = new Button();
    private @Nullable String fileName;
    private byte @Nullable [] content;

    public ImportPreviewDialog(String title, List<String> columns, String hint, Importer importer) {
        this.importer = importer;
        setHeaderTitle(title);
        setWidth("900px");
        preview.setId("import-preview");
        preview.addColumn(ImportRow::row)
                .setHeader(getTranslation("admin.import.row"))
                .setAutoWidth(true);
        for (int i = 0; i < columns.size(); i++) {
            int column = i;
            preview.addColumn(r -> r.value(column)).setHeader(columns.get(i)).setAutoWidth(true);
        }
        preview.addColumn(this::outcome)
                .setHeader(getTranslation("admin.import.outcome"))
                .setFlexGrow(1);
        preview.setHeight("320px");
        preview.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT); // every problem of a row readable in full
        summary.setId("import-summary");
        importAll.setText(getTranslation("admin.import.all"));
        importAll.setId("import-all");
        importAll.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importAll.setEnabled(false);
        importAll.addClickListener(e -> run(false));
        importValid.setText(getTranslation("admin.import.validOnly"));
        importValid.setId("import-valid");
        importValid.setEnabled(false);
        importValid.addClickListener(e -> run(true));
        VerticalLayout body = new VerticalLayout(
                new Paragraph(hint), new SheetUpload("import-sheet", this::received), summary, preview);
        body.setPadding(false);
        add(body);
        getFooter().add(new Button(getTranslation("admin.cancel"), e -> close()), importValid, importAll);
    }

    private String outcome(ImportRow row) {
        if (!row.ok()) {
            return row.problems().stream().map(TranslationProvider::text).collect(Collectors.joining("；"));
        }
        return row.note() == null ? getTranslation("admin.import.ok") : TranslationProvider.text(row.note());
    }

    private void received(String name, byte[] bytes) {
        try {
            ImportPreview result = importer.preview(name, bytes);
            fileName = name;
            content = bytes;
            preview.setItems(result.rows());
            summary.setText(
                    getTranslation("admin.import.summary", result.rows().size(), result.valid(), result.invalid()));
            importAll.setEnabled(result.invalid() == 0 && result.valid() > 0);
            importValid.setEnabled(result.invalid() > 0 && result.valid() > 0);
        } catch (WorkflowException refused) {
            fileName = null;
            content = null;
            preview.setItems(List.of());
            summary.setText(TranslationProvider.text(refused.text()));
            importAll.setEnabled(false);
            importValid.setEnabled(false);
        }
    }

    private void run(boolean validRowsOnly) {
        String name = fileName;
        byte[] bytes = content;
        if (name == null || bytes == null) {
            return;
        }
        try {
            importer.importRows(name, bytes, validRowsOnly);
            close();
        } catch (WorkflowException refused) {
            Notices.error(TranslationProvider.text(refused.text()));
        }
    }
}
