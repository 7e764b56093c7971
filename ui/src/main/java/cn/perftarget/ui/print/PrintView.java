package cn.perftarget.ui.print;

import cn.perftarget.domain.office.write.TableHtml;
import cn.perftarget.domain.table.StoredTable;
import cn.perftarget.domain.user.AppUser;
import cn.perftarget.ui.security.CurrentUser;
import cn.perftarget.ui.security.TableRouteAction;
import cn.perftarget.workflow.access.ServiceAction;
import cn.perftarget.workflow.error.NotFoundException;
import cn.perftarget.workflow.read.TableReadService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;

/**
 * 打印: one table in the published layout (the title, the unit line, 单位：万元, the grid with its merged cells) as HTML,
 * on its own page without the application's menu, and a 打印 button for the browser's print dialog; the style sheet
 * sets A4 landscape and hides the buttons on paper. Ids: {@code print-sheet}, {@code print-button},
 * {@code print-back}.
 * <p>
 * Opened per table from the review and history screens (not from the menu): every signed-in role may open it, and the
 * reader shows only a table in the user's scope — any other id is 内容不存在或无权访问.
 */
@TableRouteAction(ServiceAction.READ_TABLE)
@Route(value = "print/:tableId", autoLayout = false)
@PermitAll
@StyleSheet("context://styles/perftarget-print.css")
public class PrintView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private static final String TABLE_ID = "tableId";

    private final CurrentUser currentUser;
    private final TableReadService reads;

    public PrintView(CurrentUser currentUser, TableReadService reads) {
        this.currentUser = currentUser;
        this.reads = reads;
        addClassName("print-page");
    }

    /** The table's print view: {@code ui.navigate(PrintView.class, PrintView.forTable(id))}. */
    public static RouteParameters forTable(long tableId) {
        return new RouteParameters(TABLE_ID, String.valueOf(tableId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        AppUser user = currentUser.require();
        try {
            long id = event.getRouteParameters().getLong(TABLE_ID).orElseThrow(NotFoundException::table);
            build(reads.table(user, id));
        } catch (NotFoundException e) {
            event.rerouteToError(e, e.getMessage());
        }
    }

    private void build(StoredTable table) {
        removeAll();
        Button print = new Button(
                getTranslation("print.button"),
                VaadinIcon.PRINT.create(),
                e -> UI.getCurrent().getPage().executeJs("window.print()"));
        print.setId("print-button");
        print.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button back = new Button(
                getTranslation("print.back"),
                VaadinIcon.ARROW_LEFT.create(),
                e -> UI.getCurrent().getPage().getHistory().back());
        back.setId("print-back");
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout bar = new HorizontalLayout(back, print);
        bar.addClassName("no-print");

        Div sheet = new Div();
        sheet.setId("print-sheet");
        sheet.addClassName("print-sheet");
        // escaped by TableHtml: every cell is the table's text as written
        sheet.getElement().setProperty("innerHTML", TableHtml.fragment(table.content(), 1));
        add(bar, sheet);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("print.page.title");
    }
}
