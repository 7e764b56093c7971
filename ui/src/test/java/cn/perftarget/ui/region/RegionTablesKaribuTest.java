package cn.perftarget.ui.region;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.perftarget.bpmn.Grade;
import cn.perftarget.domain.table.TableStatus;
import cn.perftarget.ui.KaribuTest;
import cn.perftarget.ui.history.HistoryView;
import cn.perftarget.ui.home.HomeView;
import cn.perftarget.ui.review.ReviewView;
import cn.perftarget.ui.tables.PageNotFoundView;
import cn.perftarget.workflow.inbox.TableListRow;
import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.RouterLinkKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 查阅: the auditor lists every table of the region (the demo work puts them at every step), filters, searches,
 * opens a table read-only and exports the list; nothing on the screen changes anything; other roles are refused.
 */
class RegionTablesKaribuTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theAuditorListsFiltersAndOpensTheRegionsTablesReadOnly() throws IOException {
        login("shenji");
        navigate("", HomeView.class);
        RouterLinkKt._click(_get(RouterLink.class, s -> s.withId("home-region")));
        RegionTablesView view = (RegionTablesView) currentView();
        assertThat(view).isNotNull();
        assertThat(_find(view, Button.class)).as("no action buttons anywhere").isEmpty();

        Grid<TableListRow> grid = grid();
        List<TableListRow> all = GridKt._findAll(grid);
        long inRegion = count("select count(*) from target_table t join organisation u on u.id = t.unit_id"
                + " where u.region_code = '130311'");
        assertThat(all).hasSize((int) inRegion);
        assertThat(all).extracting(TableListRow::departmentCode).containsOnly("442");
        assertThat(_get(Span.class, s -> s.withId("region-total")).getText()).isEqualTo("共 " + inRegion + " 张");

        select("region-status", TableStatus.APPROVED);
        assertThat(GridKt._findAll(grid())).isNotEmpty().allMatch(r -> r.status() == TableStatus.APPROVED);
        select("region-status", null);
        select("region-grade", Grade.POOR);
        assertThat(GridKt._findAll(grid()))
                .isNotEmpty()
                .allMatch(r -> r.lastGrade() == Grade.POOR && r.status() == TableStatus.REJECTED);
        select("region-grade", null);

        // the rarest rule with findings in the region: exactly its tables
        String rule = jdbc.queryForObject(
                "select r from target_table t join organisation u on u.id = t.unit_id, unnest(t.finding_rules) r"
                        + " where u.region_code = '130311' group by r order by count(*), r limit 1",
                String.class);
        @SuppressWarnings("unchecked")
        ComboBox<cn.perftarget.domain.rules.RuleInfo> rules = _get(ComboBox.class, s -> s.withId("region-rule"));
        rules.setValue(cn.perftarget.domain.rules.validation.RuleCatalog.infos().get(rule));
        long withRule = count("select count(*) from target_table t join organisation u on u.id = t.unit_id"
                + " where u.region_code = '130311' and t.finding_rules @> array['" + rule + "']");
        assertThat(GridKt._findAll(grid())).hasSize((int) withRule);
        rules.clear();

        TextField search = _get(TextField.class, s -> s.withId("region-search"));
        search.setValue("专项邮电费");
        List<TableListRow> found = GridKt._findAll(grid());
        assertThat(found).extracting(TableListRow::projectName).containsExactly("专项邮电费");
        long id = found.get(0).tableId();

        // the download is the list as shown
        byte[] xlsx = DownloadKt._download(_get(Anchor.class, s -> s.withId("region-download")));
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(1);
            assertThat(new DataFormatter().formatCellValue(sheet.getRow(1).getCell(2)))
                    .isEqualTo("专项邮电费");
        }

        // opens read-only: the review page without any action, and the history
        Grid<TableListRow> one = grid();
        RouterLink toReview = (RouterLink)
                ((com.vaadin.flow.component.orderedlayout.HorizontalLayout) GridKt._getCellComponent(one, 0, "links"))
                        .getComponentAt(0);
        assertThat(toReview.getId()).contains("region-review-" + id);
        RouterLinkKt._click(toReview);
        assertThat(currentView()).isInstanceOf(ReviewView.class);
        assertThat(_find(Button.class, s -> s.withId("review-pass"))).isEmpty();
        assertThat(_find(Button.class, s -> s.withId("review-return"))).isEmpty();
        assertThat(_find(Button.class, s -> s.withId("review-grade"))).isEmpty();
        UI.getCurrent().navigate(HistoryView.class, HistoryView.forTable(id));
        assertThat(currentView()).isInstanceOf(HistoryView.class);
    }

    @Test
    void otherRolesAreRefusedTheRegionView() {
        for (String user : List.of("bianzhi", "bumen", "caizheng", "admin")) {
            login(user);
            UI.getCurrent().navigate("region-tables");
            assertThat(currentView()).as(user).isInstanceOf(PageNotFoundView.class);
            LocatorJ._assertNone(RegionTablesView.class);
        }
    }

    @SuppressWarnings("unchecked")
    private static Grid<TableListRow> grid() {
        return _get(Grid.class, s -> s.withId("region-grid"));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void select(String id, Object value) {
        ((Select) _get(Select.class, s -> s.withId(id))).setValue(value);
    }

    private long count(String sql) {
        Long n = jdbc.queryForObject(sql, Long.class);
        return n == null ? 0 : n;
    }
}
