package cn.perftarget.ui.importing;

import cn.perftarget.domain.i18n.Message;
import cn.perftarget.domain.table.StoredTable;
import cn.perftarget.domain.user.AppUser;
import cn.perftarget.ui.editor.TableEditorView;
import cn.perftarget.ui.i18n.TranslationProvider;
import cn.perftarget.workflow.approval.ActionResult;
import cn.perftarget.workflow.approval.FileImport;
import cn.perftarget.workflow.approval.ImportResult;
import cn.perftarget.workflow.read.TableReadService;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.RouterLink;
import java.util.ArrayList;
import java.util.List;

/**
 * The result of an import, table by table: the drafts created (each opens in the editor), the tables skipped and, for
 * files, each file refused with its reason (nothing of it was stored).
 */
final class ImportOutcome extends VerticalLayout {

    ImportOutcome(AppUser user, ImportResult result, TableReadService reads) {
        this(
                user,
                result.created(),
                result.skipped().stream().map(m -> TranslationProvider.text(m)).toList(),
                List.of(),
                reads);
    }

    private ImportOutcome(
            AppUser user,
            List<ActionResult> created,
            List<String> skipped,
            List<String> refused,
            TableReadService reads) {
        setId("import-outcome");
        setPadding(false);
        add(new H4(getTranslation("import.result.created", created.size())));
        for (ActionResult c : created) {
            StoredTable t = reads.table(user, c.tableId());
            RouterLink open = new RouterLink(
                    t.fiscalYear() + " " + t.content().projectCode() + " "
                            + t.content().projectName(),
                    TableEditorView.class,
                    TableEditorView.forTable(t.id()));
            Div item = new Div(new Div("✓ "), open);
            item.getStyle().set("display", "flex");
            item.addClassName("import-created");
            add(item);
        }
        if (!skipped.isEmpty()) {
            add(new H4(getTranslation("import.result.skipped", skipped.size())));
            skipped.forEach(text -> add(line(text, "import-skipped")));
        }
        if (!refused.isEmpty()) {
            add(new H4(getTranslation("import.result.refused", refused.size())));
            refused.forEach(text -> add(line(text, "import-refused")));
        }
    }

    /** The result of an import of files: created and skipped through all files, then the files refused. */
    static ImportOutcome ofFiles(AppUser user, List<FileImport> files, TableReadService reads) {
        List<ActionResult> created = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        for (FileImport f : files) {
            Message refusal = f.refusal();
            if (refusal != null) {
                refused.add(TranslationProvider.text(refusal));
                continue;
            }
            created.addAll(f.result().created());
            for (Message m : f.result().skipped()) {
                skipped.add(TranslationProvider.text("import.fileProblem", f.fileName(), TranslationProvider.text(m)));
            }
        }
        return new ImportOutcome(user, created, skipped, refused, reads);
    }

    private static Div line(String text, String className) {
        Div item = new Div("✗ " + text);
        item.addClassName(className);
        item.getStyle().set("color", "var(--lumo-secondary-text-color)");
        return item;
    }
}
