package cn.perftarget.ui.tables;

import cn.perftarget.domain.user.AppUser;
import cn.perftarget.ui.component.StatusBadge;
import cn.perftarget.ui.editor.TableEditorView;
import cn.perftarget.ui.export.Downloads;
import cn.perftarget.ui.format.DateTimes;
import cn.perftarget.ui.importing.PasteImportDialog;
import cn.perftarget.ui.rounds.RoundBanner;
import cn.perftarget.ui.security.CurrentUser;
import cn.perftarget.workflow.approval.ApprovalService;
import cn.perftarget.workflow.export.FindingsExports;
import cn.perftarget.workflow.export.ListExports;
import cn.perftarget.workflow.inbox.PageRequest;
import cn.perftarget.workflow.inbox.TableListRow;
import cn.perftarget.workflow.read.TableReadService;
import cn.perftarget.workflow.round.BudgetRounds;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * 我的绩效目标表: the tables of the drafter's own unit (read page by page from the database), with 新建, 复制为新年度
 * and 导入 (pasted text or Word and Excel files), and the list as Excel. The unit is the signed-in user's, never a parameter of the request.
 */
@Route("tables")
@Menu(order = 1, icon = "vaadin:table", title = "tables.nav")
@RolesAllowed("DRAFTER")
public class MyTablesView extends VerticalLayout implements HasDynamicTitle {

    private final AppUser user;
    private final TableReadService reads;
    private final Grid<TableListRow> grid = new Grid<>();
    private final Select<Integer> year = new Select<>();
    private final Button copy = new Button();
    private final Button open = new Button();
    /** The year chosen, for the download (which runs outside the UI's lock); null for every year. */
    private volatile @Nullable Integer chosenYear;

    public MyTablesView(
            CurrentUser currentUser,
            TableReadService reads,
            ApprovalService service,
            ListExports exports,
            FindingsExports findings,
            BudgetRounds budgetRounds) {
        this.user = currentUser.require();
        this.reads = reads;
        setSizeFull();

        H2 title = new H2(getTranslation("tables.list.title"));
        title.setId("my-tables-title");

        year.setId("tables-year");
        year.setLabel(getTranslation("tables.list.year"));
        year.setEmptySelectionAllowed(true);
        year.setEmptySelectionCaption(getTranslation("tables.list.allYears"));
        year.setItems(reads.unitYears(user));
        year.addValueChangeListener(e -> {
            chosenYear = e.getValue();
            grid.getDataProvider().refreshAll();
        });

        Button create = new Button(
                getTranslation("tables.list.new"),
                VaadinIcon.PLUS.create(),
                e -> new NewTableDialog(user, service, this::openEditor).open());
        create.setId("tables-new");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        copy.setText(getTranslation("tables.list.copy"));
        copy.setIcon(VaadinIcon.COPY.create());
        copy.setId("tables-copy");
        copy.setEnabled(false);
        copy.addClickListener(e ->
                selected().ifPresent(row -> new CopyTableDialog(user, row, reads, service, this::openEditor).open()));
        Button paste = new Button(
                getTranslation("tables.list.import"),
                VaadinIcon.CLIPBOARD_TEXT.create(),
                e -> new PasteImportDialog(user, service, reads, findings, this::refresh).open());
        paste.setId("tables-import");
        open.setText(getTranslation("tables.list.open"));
        open.setIcon(VaadinIcon.EDIT.create());
        open.setId("tables-open");
        open.setEnabled(false);
        open.addClickListener(e -> selected().ifPresent(row -> openEditor(row.tableId())));

        Locale locale = getLocale();
        Anchor download = Downloads.link(
                "tables-download", getTranslation("export.list"), () -> exports.myTables(user, chosenYear, locale));

        HorizontalLayout toolbar = new HorizontalLayout(year, create, copy, paste, open, download);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);

        configureGrid();
        add(title, new RoundBanner(user, budgetRounds), toolbar, grid);
        setFlexGrow(1, grid);
    }

    private void configureGrid() {
        grid.setId("my-tables");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(TableListRow::fiscalYear)
                .setHeader(getTranslation("tables.col.year"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(TableListRow::projectCode)
                .setHeader(getTranslation("tables.col.code"))
                .setAutoWidth(true);
        grid.addColumn(TableListRow::projectName)
                .setHeader(getTranslation("tables.col.name"))
                .setFlexGrow(3);
        grid.addColumn(r -> money(r.budget()))
                .setHeader(getTranslation("tables.col.budget"))
                .setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END)
                .setAutoWidth(true);
        grid.addColumn(new ComponentRenderer<>(r -> StatusBadge.of(r.status(), r.adjusting(), r.submittedLate())))
                .setKey("status")
                .setHeader(getTranslation("tables.col.status"))
                .setAutoWidth(true);
        grid.addColumn(r -> DateTimes.minutes(r.updatedAt()))
                .setHeader(getTranslation("tables.col.updated"))
                .setAutoWidth(true);
        grid.setItems(
                q -> reads
                        .unitTables(user, year.getValue(), q.getOffset(), Math.min(q.getLimit(), PageRequest.MAX_LIMIT))
                        .rows()
                        .stream(),
                q -> (int) reads.unitTables(user, year.getValue(), 0, 1).total());
        grid.addSelectionListener(e -> {
            copy.setEnabled(e.getFirstSelectedItem().isPresent());
            open.setEnabled(e.getFirstSelectedItem().isPresent());
        });
        grid.addItemDoubleClickListener(e -> openEditor(e.getItem().tableId()));
    }

    private Optional<TableListRow> selected() {
        return grid.getSelectedItems().stream().findFirst();
    }

    private void refresh() {
        Integer chosen = year.getValue();
        List<Integer> years = new ArrayList<>(reads.unitYears(user));
        year.setItems(years);
        year.setValue(years.contains(chosen) ? chosen : null);
        grid.getDataProvider().refreshAll();
    }

    private void openEditor(long tableId) {
        getUI().ifPresent(ui -> ui.navigate(TableEditorView.class, TableEditorView.forTable(tableId)));
    }

    static String money(@Nullable BigDecimal amount) {
        return amount == null
                ? ""
                : amount.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("tables.list.pageTitle");
    }
}
