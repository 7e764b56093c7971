package cn.perftarget.ui.inbox;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static org.assertj.core.api.Assertions.assertThat;

import cn.perftarget.domain.audit.AuditAction;
import cn.perftarget.domain.audit.AuditEntry;
import cn.perftarget.domain.audit.AuditLog;
import cn.perftarget.domain.org.OrganisationRepository;
import cn.perftarget.domain.table.TableStatus;
import cn.perftarget.domain.table.TargetTableRepository;
import cn.perftarget.domain.user.Role;
import cn.perftarget.domain.user.UserRepository;
import cn.perftarget.ui.KaribuTest;
import cn.perftarget.ui.review.Tables;
import cn.perftarget.workflow.approval.ApprovalService;
import cn.perftarget.workflow.inbox.InboxCounts;
import cn.perftarget.workflow.inbox.InboxRow;
import cn.perftarget.workflow.process.ProcessStep;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The inbox on the real database: the tabs and their counts, the filters, claiming, and bulk pass with a result per
 * row. Each test finds its own tables by a project name of its own (the database is shared with other tests).
 */
class InboxKaribuTest extends KaribuTest {

    @Autowired
    ApprovalService approvals;

    @Autowired
    TargetTableRepository repository;

    @Autowired
    AuditLog audit;

    @Autowired
    UserRepository users;

    @Autowired
    OrganisationRepository organisations;

    Tables tables;

    @BeforeEach
    void fixtures() {
        tables = create(Tables.class);
    }

    @Test
    void filtersNarrowTheListAndTheCounts() {
        String name = "筛选测试" + System.nanoTime();
        long first = tables.atDepartmentReview(Tables.clean(name + "甲"));
        tables.atDepartmentReview(Tables.clean(name + "乙"));
        login("bumen");
        navigate("inbox", InboxView.class);
        search(name);
        select("CLAIMABLE");

        Grid<InboxRow> grid = grid();
        assertThat(_size(grid)).isEqualTo(2);
        assertThat(tab("CLAIMABLE").getLabel()).isEqualTo("待认领（2）");
        assertThat(tab("MINE").getLabel()).isEqualTo("我的待办（0）");

        search(name + "甲");
        assertThat(_findAll(grid)).extracting(InboxRow::tableId).containsExactly(first);
        assertThat(_findAll(grid).get(0).step()).contains(ProcessStep.DEPARTMENT_REVIEW);
        assertThat(_findAll(grid).get(0).unitName()).isEqualTo("秦皇岛经济技术开发区行政审批局（本级）");

        @SuppressWarnings("unchecked")
        ComboBox<Integer> year = _get(ComboBox.class, s -> s.withId("inbox-filter-year"));
        _setValue(year, 2021);
        assertThat(_size(grid)).isZero();
        assertThat(grid.getEmptyStateText()).isEqualTo("没有符合筛选条件的任务，请调整或清除筛选条件。");
        _setValue(year, 2020);
        assertThat(_size(grid)).isEqualTo(1);

        _setValue(_get(Checkbox.class, s -> s.withId("inbox-filter-overdue")), true);
        assertThat(_size(grid)).isZero();
        assertThat(tab("CLAIMABLE").getLabel()).isEqualTo("待认领（0）");
    }

    @Test
    void theDefaultTabHoldsMyTasksAndTheOnesToClaimInOneGrid() {
        String name = "全部待办测试" + System.nanoTime();
        long mine = tables.atDepartmentReview(Tables.clean(name + "甲"));
        long toClaim = tables.atDepartmentReview(Tables.clean(name + "乙"));
        approvals.claim(tables.user("bumen"), tables.taskId(mine));
        login("bumen");
        navigate("inbox", InboxView.class);
        search(name);

        assertThat(_get(Tabs.class).getSelectedTab()).isSameAs(tab("OPEN"));
        assertThat(tab("OPEN").getLabel()).isEqualTo("全部待办（2）");
        assertThat(_findAll(grid())).extracting(InboxRow::tableId).containsExactlyInAnyOrder(mine, toClaim);
        int claimRow = _findAll(grid()).get(0).tableId() == toClaim ? 0 : 1;
        assertThat(_find(_getCellComponent(grid(), claimRow, "actions"), Button.class))
                .extracting(b -> b.getId().orElse(""))
                .contains("claim-" + tables.taskId(toClaim));
        assertThat(_find(_getCellComponent(grid(), 1 - claimRow, "actions"), Button.class))
                .extracting(b -> b.getId().orElse(""))
                .containsExactly("open-" + tables.taskId(mine));
    }

    @Test
    void aTabWithMoreThan99TasksSays99PlusAndStillListsThemAll() {
        String name = "繁忙待办测试" + System.nanoTime();
        java.util.Set<Long> ids = new java.util.HashSet<>();
        for (int i = 0; i <= InboxCounts.CAP; i++) {
            ids.add(tables.atDepartmentReview(Tables.clean(name + String.format("-%03d", i))));
        }
        login("bumen");
        navigate("inbox", InboxView.class);
        search(name);

        assertThat(tab("OPEN").getLabel()).isEqualTo("全部待办（99+）");
        assertThat(tab("CLAIMABLE").getLabel()).isEqualTo("待认领（99+）");
        assertThat(tab("MINE").getLabel()).isEqualTo("我的待办（0）");
        assertThat(grid().getDataCommunicator().isDefinedSize()).isFalse();
        assertThat(_findAll(grid())).extracting(InboxRow::tableId).containsExactlyInAnyOrderElementsOf(ids);

        search(name + "-007");
        assertThat(tab("CLAIMABLE").getLabel()).isEqualTo("待认领（1）");
        assertThat(grid().getDataCommunicator().isDefinedSize()).isTrue();
        assertThat(_size(grid())).isEqualTo(1);
    }

    @Test
    void anEmptyTabSaysWhatToDo() {
        // a department reviewer made for this test: no task was ever assigned to them, so 我的待办 is empty whatever
        // the other tests of the shared database do (bumen's is not: other tests claim tasks as bumen)
        String username = "inbox-empty-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(users.findByUsername(username)).isEmpty();
        users.save(
                username,
                "新审核",
                "{noop}unused",
                organisations.findByCode("442").orElseThrow().id(),
                Set.of(Role.DEPT_REVIEWER),
                false);
        login(username);
        navigate("inbox", InboxView.class);

        select("MINE");
        assertThat(tab("MINE").getLabel()).isEqualTo("我的待办（0）");
        assertThat(_size(grid())).isZero();
        assertThat(grid().getEmptyStateText()).isEqualTo("暂无待办任务。可在“待认领”中认领本部门的审核任务后办理。");
        search("没有这个项目" + System.nanoTime());
        assertThat(grid().getEmptyStateText()).isEqualTo("没有符合筛选条件的任务，请调整或清除筛选条件。");
        search("");
        assertThat(_size(grid())).isZero();
        assertThat(grid().getEmptyStateText()).isEqualTo("暂无待办任务。可在“待认领”中认领本部门的审核任务后办理。");

        // 已办 (no selection there, unlike the department reviewer's other tabs) and back
        select("DONE");
        assertThat(tab("DONE").getLabel()).isEqualTo("已办（0）");
        assertThat(grid().getEmptyStateText()).isEqualTo("暂无已办任务。您通过、退回或评级的绩效目标表会列在这里。");
        select("MINE");
        assertThat(grid().getSelectionMode()).isEqualTo(Grid.SelectionMode.MULTI);
    }

    @Test
    void claimMovesTheTaskToMyTasks() {
        String name = "认领测试" + System.nanoTime();
        long id = tables.atDepartmentReview(Tables.clean(name));
        String taskId = tables.taskId(id);
        login("bumen");
        navigate("inbox", InboxView.class);
        search(name);
        select("CLAIMABLE");

        _click(_get(_getCellComponent(grid(), 0, "actions"), Button.class, s -> s.withId("claim-" + taskId)));

        assertThat(tables.task(id).assignee()).isEqualTo("bumen");
        assertThat(tab("CLAIMABLE").getLabel()).isEqualTo("待认领（0）");
        assertThat(tab("MINE").getLabel()).isEqualTo("我的待办（1）");
        List<AuditEntry> history = audit.history(id);
        assertThat(history.get(history.size() - 1).action()).isEqualTo(AuditAction.CLAIM);
        select("MINE");
        assertThat(_findAll(grid())).extracting(InboxRow::taskId).containsExactly(taskId);
        assertThat(_find(_getCellComponent(grid(), 0, "actions"), Button.class))
                .extracting(b -> b.getId().orElse(""))
                .containsExactly("open-" + taskId);
    }

    @Test
    void bulkPassConfirmsThenReportsEveryRow() {
        String name = "批量测试" + System.nanoTime();
        long a = tables.atDepartmentReview(Tables.clean(name + "甲"));
        long b = tables.atDepartmentReview(Tables.clean(name + "乙"));
        login("bumen");
        navigate("inbox", InboxView.class);
        search(name);
        select("CLAIMABLE");
        Grid<InboxRow> grid = grid();
        _findAll(grid).forEach(grid::select);
        Button bulk = _get(Button.class, s -> s.withId("inbox-bulk-pass"));
        assertThat(bulk.isEnabled()).isTrue();

        _click(bulk);
        ConfirmDialog confirm = _get(ConfirmDialog.class, s -> s.withId("bulk-pass-confirm"));
        // meanwhile a colleague claims one of them: that row must fail on its own
        approvals.claim(tables.user("bumen2"), tables.taskId(b));
        _fireConfirm(confirm);

        assertThat(repository.get(a).status()).isEqualTo(TableStatus.FISCAL_REVIEW);
        assertThat(repository.get(b).status()).isEqualTo(TableStatus.DEPT_REVIEW);
        @SuppressWarnings("unchecked")
        Grid<BulkPass.Result> results = _get(Grid.class, s -> s.withId("bulk-pass-result-grid"));
        assertThat(_findAll(results))
                .extracting(r -> r.row().tableId(), BulkPass.Result::passed, BulkPass.Result::message)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(a, true, "已通过，报送财政审核"),
                        org.assertj.core.groups.Tuple.tuple(b, false, "该任务已被他人认领"));
        assertThat(tab("CLAIMABLE").getLabel()).isEqualTo("待认领（0）");
    }

    @Test
    void bulkPassIsOnlyForDepartmentReviewers() {
        login("caizheng");
        navigate("inbox", InboxView.class);
        assertThat(_find(Button.class, s -> s.withId("inbox-bulk-pass"))).isEmpty();
    }

    private void search(String text) {
        _setValue(_get(TextField.class, s -> s.withId("inbox-search")), text);
    }

    private void select(String tab) {
        _get(Tabs.class).setSelectedTab(tab(tab));
    }

    private Tab tab(String tab) {
        return _get(Tab.class, s -> s.withId("inbox-tab-" + tab));
    }

    @SuppressWarnings("unchecked")
    private Grid<InboxRow> grid() {
        return _get(Grid.class, s -> s.withId("inbox-grid"));
    }
}
