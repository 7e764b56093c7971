package cn.perftarget.ui.editor;

import cn.perftarget.domain.table.StoredTable;
import cn.perftarget.domain.user.AppUser;
import cn.perftarget.ui.security.CurrentUser;
import cn.perftarget.ui.security.TableRouteAction;
import cn.perftarget.workflow.access.ServiceAction;
import cn.perftarget.workflow.approval.ApprovalService;
import cn.perftarget.workflow.error.NotFoundException;
import cn.perftarget.workflow.read.TableReadService;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

/**
 * 编制 (route {@code tables/:id/edit}): loads the table on the server within the user's scope; an unknown id or a
 * table of another unit shows 内容不存在或无权访问, never the table.
 */
@TableRouteAction(ServiceAction.SAVE_DRAFT)
@Route("tables/:id/edit")
@RolesAllowed("DRAFTER")
public class TableEditorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** The route parameter: the table's id. */
    private static final String ID = "id";

    private final AppUser user;
    private final TableReadService reads;
    private final ApprovalService service;
    private final EditorExit exit;
    /** The editor of the table the route names; null before the first {@link #beforeEnter}. */
    private @Nullable TableEditor editor;

    private String title = "";

    public TableEditorView(CurrentUser currentUser, TableReadService reads, ApprovalService service, EditorExit exit) {
        this.user = currentUser.require();
        this.reads = reads;
        this.service = service;
        this.exit = exit;
        setSizeFull();
    }

    /** Where the table is edited: {@code ui.navigate(TableEditorView.class, TableEditorView.forTable(id))}. */
    public static RouteParameters forTable(long tableId) {
        return new RouteParameters(ID, String.valueOf(tableId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id =
                event.getRouteParameters().get(ID).map(TableEditorView::parseId).orElseThrow(NotFoundException::table);
        StoredTable table = reads.table(user, id);
        TableEditor previous = editor;
        if (previous != null) {
            remove(previous); // its detach saves what was typed
        }
        editor = new TableEditor(user, table, reads, service, exit);
        title = table.content().projectName();
        add(editor);
    }

    /** The editor; null before the route was entered. */
    @Nullable
    TableEditor editor() {
        return editor;
    }

    private static long parseId(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw NotFoundException.table();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("editor.pageTitle", title);
    }
}
