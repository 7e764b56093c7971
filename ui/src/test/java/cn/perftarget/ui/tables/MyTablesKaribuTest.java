package cn.perftarget.ui.tables;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import cn.perftarget.domain.audit.AuditAction;
import cn.perftarget.domain.audit.AuditLog;
import cn.perftarget.domain.table.StoredTable;
import cn.perftarget.domain.table.TableStatus;
import cn.perftarget.domain.table.TargetTable;
import cn.perftarget.domain.table.TargetTableRepository;
import cn.perftarget.domain.user.AppUser;
import cn.perftarget.ui.KaribuTest;
import cn.perftarget.ui.editor.TableEditorView;
import cn.perftarget.workflow.inbox.TableListRow;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** 我的绩效目标表: the own unit's tables only, read from the database; 新建 and 复制为新年度 create drafts and open them. */
class MyTablesKaribuTest extends KaribuTest {

    @Autowired
    TargetTableRepository tables;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditLog audit;

    @SuppressWarnings("unchecked")
    private static Grid<TableListRow> grid() {
        return _get(Grid.class, s -> s.withId("my-tables"));
    }

    @Test
    void listsExactlyTheTablesOfTheDraftersUnit() {
        AppUser drafter = login("bianzhi3"); // 442004 政府采购中心
        navigate("tables", MyTablesView.class);

        List<TableListRow> rows = GridKt._findAll(grid());
        Set<Long> expected = Set.copyOf(jdbc.sql("select id from target_table where unit_id = ?")
                .param(drafter.organisation().id())
                .query(Long.class)
                .list());
        assertThat(rows).extracting(TableListRow::tableId).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(rows).extracting(TableListRow::projectName).contains("印刷费", "档案整理费");
        assertThat(GridKt._size(grid())).isEqualTo(expected.size());

        @SuppressWarnings("unchecked")
        Select<Integer> year = _get(Select.class, s -> s.withId("tables-year"));
        _setValue(year, 2020);
        assertThat(GridKt._findAll(grid()))
                .isNotEmpty()
                .allSatisfy(r -> assertThat(r.fiscalYear()).isEqualTo(2020));
    }

    @Test
    void newTableStartsFromTheFrameworkFormAndOpensInTheEditor() {
        login("bianzhi");
        navigate("tables", MyTablesView.class);
        _click(_get(Button.class, s -> s.withId("tables-new")));
        _setValue(_get(IntegerField.class, s -> s.withId("new-year")), 2027);
        _setValue(_get(TextField.class, s -> s.withId("new-name")), "政务服务满意度调查");
        _setValue(_get(TextField.class, s -> s.withId("new-code")), "UINEW2027A");
        _click(_get(Button.class, s -> s.withId("new-create")));

        StoredTable created = tables.findByYearAndCode(2027, "UINEW2027A").orElseThrow();
        assertThat(created.status()).isEqualTo(TableStatus.DRAFTING);
        assertThat(created.content().unitCode()).isEqualTo("442001");
        // framework 2021 from 2022 on: 3 + 3 + 4 + 1 二级 rows
        assertThat(created.content().indicators())
                .hasSize(11)
                .extracting(r -> r.level1())
                .contains("成本指标");
        assertThat(currentView()).isInstanceOf(TableEditorView.class);
        assertThat(audit.history(created.id())).extracting(e -> e.action()).containsExactly(AuditAction.CREATE);
    }

    @Test
    void copyMakesADraftOfTheNextYearWithEveryCell() {
        login("bianzhi");
        navigate("tables", MyTablesView.class);
        StoredTable source =
                tables.findByYearAndCode(2020, "13031121GHDHFDV6IDK2P").orElseThrow(); // 专项保洁费
        Grid<TableListRow> grid = grid();
        List<TableListRow> rows = GridKt._findAll(grid);
        grid.select(rows.stream()
                .filter(r -> r.tableId() == source.id())
                .findFirst()
                .orElseThrow());
        _click(_get(Button.class, s -> s.withId("tables-copy")));
        assertThat(_get(IntegerField.class, s -> s.withId("copy-year")).getValue())
                .isEqualTo(2021);
        _click(_get(Button.class, s -> s.withId("copy-create")));

        StoredTable copy =
                tables.findByYearAndCode(2021, "13031121GHDHFDV6IDK2P").orElseThrow();
        assertThat(copy.id()).isNotEqualTo(source.id());
        assertThat(copy.status()).isEqualTo(TableStatus.DRAFTING);
        TargetTable s = source.content();
        assertThat(copy.content()).isEqualTo(s.withUnit(s.unitCode(), s.unitName(), 2021));
        assertThat(currentView()).isInstanceOf(TableEditorView.class);

        // a second copy into the same year is refused with the service's Chinese message
        navigate("tables", MyTablesView.class);
        grid = grid();
        grid.select(GridKt._findAll(grid).stream()
                .filter(r -> r.tableId() == source.id())
                .findFirst()
                .orElseThrow());
        _click(_get(Button.class, s2 -> s2.withId("tables-copy")));
        _click(_get(Button.class, s2 -> s2.withId("copy-create")));
        assertThat(_get(com.vaadin.flow.component.html.Span.class, s2 -> s2.withId("copy-error"))
                        .getText())
                .contains("项目编码不能重复");
        assertThat(jdbc.sql("select count(*) from target_table where fiscal_year = 2021 and project_code = ?")
                        .param("13031121GHDHFDV6IDK2P")
                        .query(Long.class)
                        .single())
                .isEqualTo(1L);
    }
}
