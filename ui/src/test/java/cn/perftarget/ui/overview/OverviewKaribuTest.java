package cn.perftarget.ui.overview;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.perftarget.domain.org.OrgKind;
import cn.perftarget.domain.org.Organisation;
import cn.perftarget.domain.org.OrganisationRepository;
import cn.perftarget.domain.table.TableStatus;
import cn.perftarget.domain.user.AppUser;
import cn.perftarget.domain.user.Role;
import cn.perftarget.domain.user.UserRepository;
import cn.perftarget.ui.KaribuTest;
import cn.perftarget.ui.inbox.InboxView;
import cn.perftarget.ui.region.RegionTablesView;
import cn.perftarget.ui.tables.PageNotFoundView;
import cn.perftarget.workflow.inbox.InboxRow;
import cn.perftarget.workflow.inbox.TableListRow;
import cn.perftarget.workflow.overview.OverviewState;
import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 总览 on the demo data (the demo work drives tables to every step): the auditor's, a department reviewer's and a
 * fiscal reviewer's overview, every number of the status table against a count of the tables, a click on a bar that
 * opens the matching list, the Excel download, 催办 of a unit of a region of the test's own; other roles refused.
 */
class OverviewKaribuTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    OrganisationRepository organisations;

    @Autowired
    UserRepository users;

    @Test
    void theAuditorSeesTheRegionPerDepartmentAndDrillsDownToTheRegionList() throws IOException {
        login("shenji");
        navigate("overview", OverviewView.class);
        int year = _get(ComboBox.class, s -> s.withId("overview-year")).getValue() instanceof Integer y ? y : 0;
        assertThat(year).isEqualTo(2020);
        // every number of the status table against the tables counted per organisation and state: the region's
        // departments, or the units of its only department (the demo region has one, 442)
        Grid<Integer> grid = grid("status");
        List<String> departments = jdbc.queryForList(
                "select code from organisation where kind = 'DEPARTMENT' and region_code = '130311' order by code",
                String.class);
        boolean byUnit = departments.size() == 1;
        List<String> orgs = byUnit
                ? jdbc.queryForList(
                        "select u.code from organisation u join organisation d on d.id = u.parent_id"
                                + " where d.code = ? and u.kind = 'UNIT' and not u.deactivated order by u.code",
                        String.class,
                        departments.get(0))
                : departments;
        assertThat(GridKt._size(grid)).isEqualTo(orgs.size());
        for (int row = 0; row < orgs.size(); row++) {
            List<String> cells = GridKt._getFormattedRow(grid, row);
            assertThat(cells.get(0)).startsWith(orgs.get(row));
            for (OverviewState state : OverviewState.values()) {
                assertThat(cells.get(1 + state.ordinal()))
                        .as(orgs.get(row) + " " + state)
                        .isEqualTo(String.valueOf(count(orgs.get(row), byUnit, year, state)));
            }
        }
        assertThat(_get(Paragraph.class, s -> s.withId("overview-summary")).getText())
                .contains("共 " + regionTotal(year) + " 张");

        // the download has the same numbers (its first sheet: per department)
        byte[] xlsx = DownloadKt._download(_get(Anchor.class, s -> s.withId("overview-download")));
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(wb.getSheetAt(0).getSheetName()).isEqualTo("按部门");
            String approved = new DataFormatter()
                    .formatCellValue(wb.getSheetAt(0).getRow(1).getCell(3 + OverviewState.APPROVED.ordinal()));
            assertThat(approved)
                    .isEqualTo(String.valueOf(count(departments.get(0), false, year, OverviewState.APPROVED)));
        }

        // a click on the 已批复 bar of the first organisation with approved tables: the region list of exactly those
        int row = 0;
        while (count(orgs.get(row), byUnit, year, OverviewState.APPROVED) == 0) {
            row++;
        }
        String org = orgs.get(row);
        _get(EChart.class, s -> s.withId("overview-chart-status")).click(row, OverviewState.APPROVED.ordinal());
        assertThat(currentView()).isInstanceOf(RegionTablesView.class);
        @SuppressWarnings("unchecked")
        Grid<TableListRow> list = _get(Grid.class, s -> s.withId("region-grid"));
        List<TableListRow> rows = GridKt._findAll(list);
        assertThat(rows)
                .hasSize((int) count(org, byUnit, year, OverviewState.APPROVED)
                        + (int) adjustingApproved(org, byUnit, year))
                .allMatch(r -> r.status() == TableStatus.APPROVED && r.fiscalYear() == year);
    }

    @Test
    void aDepartmentReviewerSeesItsUnitsAndDrillsIntoTheInbox() {
        login("bumen");
        navigate("overview", OverviewView.class);
        Grid<Integer> grid = grid("status");
        List<String> units = jdbc.queryForList(
                "select u.code from organisation u join organisation d on d.id = u.parent_id"
                        + " where d.code = '442' and u.kind = 'UNIT' and not u.deactivated order by u.code",
                String.class);
        assertThat(GridKt._size(grid)).isEqualTo(units.size());
        assertThat(GridKt._getFormattedRow(grid, 0).get(0)).startsWith(units.get(0));
        assertThat(_find(Button.class, s -> s.withId("overview-budget-import"))).isEmpty();
        // 主管部门审核 of the first unit: the reviewer's inbox filtered to it
        _get(EChart.class, s -> s.withId("overview-chart-status")).click(0, OverviewState.DEPT_REVIEW.ordinal());
        assertThat(currentView()).isInstanceOf(InboxView.class);
        @SuppressWarnings("unchecked")
        Grid<InboxRow> inbox = _get(Grid.class, s -> s.withId("inbox-grid"));
        assertThat(GridKt._findAll(inbox))
                .isNotEmpty()
                .allMatch(r -> r.unitCode().equals(units.get(0)) && r.status() == TableStatus.DEPT_REVIEW);
    }

    @Test
    void aFiscalReviewerImportsTheBudgetListAndUrgesAUnit() {
        // a region of the test's own: the demo drafters' notifications stay as they are
        long n = System.nanoTime() % 100_000;
        String region = "kov-" + n;
        Organisation bureau =
                organisations.save(new Organisation(null, "KOB" + n, "总览财政局", OrgKind.BUREAU, null, region));
        Organisation section =
                organisations.save(new Organisation(null, "KOS" + n, "总览预算科", OrgKind.SECTION, bureau.id(), region));
        Organisation department =
                organisations.save(new Organisation(null, "KOD" + n, "总览部门", OrgKind.DEPARTMENT, bureau.id(), region));
        Organisation unit = organisations.save(
                new Organisation(null, "KOD" + n + "001", "总览单位", OrgKind.UNIT, department.id(), region));
        organisations.assignDepartment(section.savedId(), department.savedId());
        AppUser fiscal = users.save("kof" + n, "总览财政", "{noop}x", section.id(), Set.of(Role.FISCAL_REVIEWER), false);
        AppUser drafter = users.save("kod" + n, "总览编制", "{noop}x", unit.id(), Set.of(Role.DRAFTER), false);
        login(fiscal.username());
        navigate("overview", OverviewView.class);
        assertThat(_get(Button.class, s -> s.withId("overview-budget-import")).isVisible())
                .isTrue();
        @SuppressWarnings("unchecked")
        Grid<Object> unsubmitted = _get(Grid.class, s -> s.withId("overview-unsubmitted"));
        assertThat(GridKt._size(unsubmitted)).isEqualTo(1);
        Button urge = (Button) GridKt._getCellComponent(unsubmitted, 0, "urge");
        assertThat(urge.getId()).contains("overview-urge-" + unit.code());
        urge.click();
        Long told = jdbc.queryForObject(
                "select count(*) from notification where recipient = ? and kind = 'URGE_UNIT'",
                Long.class,
                drafter.username());
        assertThat(told).isEqualTo(1);
    }

    @Test
    void otherRolesAreRefusedTheOverview() {
        for (String user : List.of("bianzhi", "admin")) {
            login(user);
            UI.getCurrent().navigate("overview");
            assertThat(currentView()).as(user).isInstanceOf(PageNotFoundView.class);
            LocatorJ._assertNone(OverviewView.class);
        }
    }

    @SuppressWarnings("unchecked")
    private static Grid<Integer> grid(String name) {
        return _get(Grid.class, s -> s.withId("overview-grid-" + name));
    }

    private long count(String org, boolean unit, int year, OverviewState state) {
        String condition = state == OverviewState.ADJUSTING ? "t.adjusting" : "not t.adjusting and t.status = ?";
        Object[] args =
                state == OverviewState.ADJUSTING ? new Object[] {org, year} : new Object[] {org, year, state.name()};
        Long n = jdbc.queryForObject(
                "select count(*) from target_table t join organisation u on u.id = t.unit_id"
                        + " join organisation d on d.id = u.parent_id where " + (unit ? "u" : "d")
                        + ".code = ? and t.fiscal_year = ? and " + condition,
                Long.class,
                args);
        return n == null ? 0 : n;
    }

    private long adjustingApproved(String org, boolean unit, int year) {
        Long n = jdbc.queryForObject(
                "select count(*) from target_table t join organisation u on u.id = t.unit_id"
                        + " join organisation d on d.id = u.parent_id where " + (unit ? "u" : "d")
                        + ".code = ? and t.fiscal_year = ? and t.adjusting and t.status = 'APPROVED'",
                Long.class,
                org,
                year);
        return n == null ? 0 : n;
    }

    private long regionTotal(int year) {
        Long n = jdbc.queryForObject(
                "select count(*) from target_table t join organisation u on u.id = t.unit_id"
                        + " where u.region_code = '130311' and t.fiscal_year = ?",
                Long.class,
                year);
        return n == null ? 0 : n;
    }
}
