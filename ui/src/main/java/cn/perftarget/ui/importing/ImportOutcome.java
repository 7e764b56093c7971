package cn.perftarget.ui.importing;

import cn.perftarget.domain.i18n.Message;
import cn.perftarget.domain.table.StoredTable;
import cn.perftarget.domain.user.AppUser;
import cn.perftarget.ui.editor.TableEditorView;
import cn.perftarget.ui.i18n.TranslationProvider;
import cn.perftarget.workflow.approval.ActionResult;
import cn.perftarget.workflow.approval.ImportResult;
import cn.perftarget.workflow.read.TableReadService;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.RouterLink;

/** The result of an import, table by table: the drafts created (each opens in the editor) and the tables skipped. */
final class ImportOutcome extends VerticalLayout {

    ImportOutcome(AppUser user, ImportResult result, TableReadService reads) {
        setId("import-outcome");
        setPadding(false);
        add(new H4(getTranslation("import.result.created", result.created().size())));
        for (ActionResult created : result.created()) {
            StoredTable t = reads.table(user, created.tableId());
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
        if (!result.skipped().isEmpty()) {
            add(new H4(getTranslation("import.result.skipped", result.skipped().size())));
            for (Message skipped : result.skipped()) {
                Div item = new Div("✗ " + TranslationProvider.text(skipped));
                item.addClassName("import-skipped");
                item.getStyle().set("color", "var(--lumo-secondary-text-color)");
                add(item);
            }
        }
    }
}
