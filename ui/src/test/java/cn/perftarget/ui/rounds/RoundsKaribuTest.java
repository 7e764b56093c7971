package cn.perftarget.ui.rounds;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static org.assertj.core.api.Assertions.assertThat;

import cn.perftarget.domain.org.OrgKind;
import cn.perftarget.domain.org.Organisation;
import cn.perftarget.domain.org.OrganisationRepository;
import cn.perftarget.domain.security.SecurityEventType;
import cn.perftarget.domain.security.SecurityLog;
import cn.perftarget.domain.security.SecurityLogEntry;
import cn.perftarget.domain.time.BeijingTime;
import cn.perftarget.domain.user.AppUser;
import cn.perftarget.domain.user.Role;
import cn.perftarget.domain.user.UserRepository;
import cn.perftarget.ui.KaribuTest;
import cn.perftarget.ui.home.HomeView;
import cn.perftarget.ui.review.Tables;
import cn.perftarget.ui.tables.MyTablesView;
import cn.perftarget.ui.tables.PageNotFoundView;
import cn.perftarget.workflow.approval.ApprovalService;
import cn.perftarget.workflow.inbox.TableListRow;
import cn.perftarget.workflow.round.BudgetRound;
import cn.perftarget.workflow.round.BudgetRoundState;
import cn.perftarget.workflow.round.BudgetRounds;
import cn.perftarget.workflow.round.RoundForm;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.RouterLink;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 预算编制轮次 (系统管理员), in a region of its own (bureau, section, department, unit, a drafter, an administrator):
 * the list, opening a round, a refused input with its Chinese message and nothing changed, changing the deadlines,
 * closing after the confirmation, the security log entries; the drafter's banner and a late submission marked in 我的
 * 绩效目标表; nobody else opens the screen.
 */
class RoundsKaribuTest extends KaribuTest {

    private static final AtomicInteger NEXT = new AtomicInteger(800);

    @Autowired
    OrganisationRepository organisations;

    @Autowired
    UserRepository users;

    @Autowired
    SecurityLog securityLog;

    @Autowired
    BudgetRounds budgetRounds;

    @Autowired
    ApprovalService approvals;

    private String region;
    private String admin;
    private String drafter;
    private LocalDate today;

    @BeforeEach
    void region() {
        String n = String.valueOf(NEXT.getAndIncrement());
        region = "karibu-rounds-" + n;
        Organisation bureau =
                organisations.save(new Organisation(null, "RB-" + n, "轮次财政局" + n, OrgKind.BUREAU, null, region));
        Organisation section = organisations.save(
                new Organisation(null, "RS-" + n, "轮次预算科" + n, OrgKind.SECTION, bureau.id(), region));
        Organisation department = organisations.save(
                new Organisation(null, "R" + n, "轮次部门" + n, OrgKind.DEPARTMENT, bureau.id(), region));
        Organisation unit = organisations.save(
                new Organisation(null, "R" + n + "001", "轮次单位" + n, OrgKind.UNIT, department.id(), region));
        organisations.assignDepartment(section.savedId(), department.savedId());
        drafter = "rd-" + n;
        users.save(drafter, "轮次编制" + n, "{noop}x", unit.savedId(), Set.of(Role.DRAFTER), false);
        admin = "ra-" + n;
        users.save(admin, "轮次管理员" + n, "{noop}x", bureau.savedId(), Set.of(Role.SYSTEM_ADMIN), false);
        today = BeijingTime.today();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theAdministratorOpensChangesAndClosesARound() {
        login(admin);
        navigate("", HomeView.class);
        assertThat(_get(RouterLink.class, s -> s.withId("home-rounds")).getHref())
                .isEqualTo("admin/rounds");
        navigate("admin/rounds", RoundsView.class);
        Grid<BudgetRound> grid = _get(Grid.class, s -> s.withId("rounds-grid"));
        assertThat(GridKt._findAll(grid)).isEmpty();

        // a refused input: the review deadline before the submission deadline; the dialog says why, nothing opens
        _click(_get(Button.class, s -> s.withId("rounds-open")));
        _setValue(_get(IntegerField.class, s -> s.withId("round-year")), 2031);
        _setValue(_get(DatePicker.class, s -> s.withId("round-submission")), today.plusDays(20));
        _setValue(_get(DatePicker.class, s -> s.withId("round-review")), today.plusDays(10));
        _click(_get(Button.class, s -> s.withId("round-save")));
        assertThat(_get(Paragraph.class, s -> s.withId("round-error")).getText())
                .isEqualTo("审核截止日（" + today.plusDays(10) + "）不能早于提交截止日（" + today.plusDays(20) + "）");
        assertThat(budgetRounds.list(users.findByUsername(admin).orElseThrow())).isEmpty();

        _setValue(_get(DatePicker.class, s -> s.withId("round-review")), today.plusDays(30));
        _click(_get(Button.class, s -> s.withId("round-save")));
        assertThat(GridKt._findAll(grid)).singleElement().satisfies(r -> {
            assertThat(r.fiscalYear()).isEqualTo(2031);
            assertThat(r.submissionDeadline()).isEqualTo(today.plusDays(20));
            assertThat(r.reviewDeadline()).isEqualTo(today.plusDays(30));
            assertThat(r.reminderWorkingDays()).isEqualTo(3);
        });
        assertThat(GridKt._getFormattedRow(grid, 0)).contains("2031", "进行中");
        assertThat(logged("security.detail.roundOpened")).isTrue();
        BudgetRound round = GridKt._get(grid, 0);

        // one open round per year
        _click(_get(Button.class, s -> s.withId("rounds-open")));
        _setValue(_get(IntegerField.class, s -> s.withId("round-year")), 2031);
        _setValue(_get(DatePicker.class, s -> s.withId("round-submission")), today.plusDays(5));
        _setValue(_get(DatePicker.class, s -> s.withId("round-review")), today.plusDays(6));
        _click(_get(Button.class, s -> s.withId("round-save")));
        assertThat(_get(Paragraph.class, s -> s.withId("round-error")).getText())
                .isEqualTo("2031年度已有进行中的预算编制轮次，每个年度只能有一个进行中的轮次");
        closeDialogs();
        assertThat(GridKt._findAll(grid)).hasSize(1);

        // change the deadlines
        _click(cellButton(grid, "edit-round-" + round.id()));
        _setValue(_get(DatePicker.class, s -> s.withId("round-submission")), today.plusDays(21));
        _setValue(_get(IntegerField.class, s -> s.withId("round-reminder")), 5);
        _click(_get(Button.class, s -> s.withId("round-save")));
        assertThat(GridKt._get(grid, 0).submissionDeadline()).isEqualTo(today.plusDays(21));
        assertThat(GridKt._get(grid, 0).reminderWorkingDays()).isEqualTo(5);
        assertThat(logged("security.detail.roundDeadlinesChanged")).isTrue();

        // the drafter of the region sees the deadlines
        login(drafter);
        navigate("tables", MyTablesView.class);
        assertThat(_get(Paragraph.class, s -> s.withId("round-banner-2031")).getText())
                .isEqualTo("2031年度预算编制轮次：提交截止 " + today.plusDays(21) + "，审核截止 " + today.plusDays(30));

        // close, after the confirmation
        login(admin);
        navigate("admin/rounds", RoundsView.class);
        grid = _get(Grid.class, s -> s.withId("rounds-grid"));
        _click(cellButton(grid, "close-round-" + round.id()));
        ConfirmDialog confirm = _get(ConfirmDialog.class, s -> s.withId("round-close-confirm"));
        _fireConfirm(confirm);
        assertThat(GridKt._get(grid, 0).state()).isEqualTo(BudgetRoundState.CLOSED);
        assertThat(GridKt._getFormattedRow(grid, 0)).contains("已结束");
        assertThat(cellButtons(grid)).as("a closed round has no actions").isEmpty();
        assertThat(logged("security.detail.roundClosed")).isTrue();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aLateSubmissionIsMarkedInMyTables() {
        AppUser by = users.findByUsername(admin).orElseThrow();
        budgetRounds.open(by, new RoundForm(2020, today.minusDays(3), today.plusDays(3), 3));
        AppUser unitDrafter = users.findByUsername(drafter).orElseThrow();
        long late = approvals.create(unitDrafter, Tables.clean("轮次逾期表")).tableId();
        approvals.submit(unitDrafter, late);
        approvals.create(unitDrafter, Tables.clean("轮次草稿表"));

        login(drafter);
        navigate("tables", MyTablesView.class);
        Grid<TableListRow> grid = _get(Grid.class, s -> s.withId("my-tables"));
        List<TableListRow> rows = GridKt._findAll(grid);
        for (int i = 0; i < rows.size(); i++) {
            boolean isLate = rows.get(i).tableId() == late;
            List<Span> marks = _find(
                    (Component) GridKt._getCellComponent(grid, i, "status"),
                    Span.class,
                    s -> s.withClasses("late-badge"));
            assertThat(marks).as(rows.get(i).projectName()).hasSize(isLate ? 1 : 0);
            if (isLate) {
                assertThat(marks.get(0).getText()).isEqualTo("逾期提交");
            }
        }
        assertThat(rows).hasSize(2);
    }

    @Test
    void nobodyElseOpensTheScreen() {
        for (String other : List.of(drafter, "anquan", "shenji", "bumen")) {
            login(other);
            com.vaadin.flow.component.UI.getCurrent().navigate("admin/rounds");
            assertThat(currentView()).as(other).isInstanceOf(PageNotFoundView.class);
        }
    }

    private boolean logged(String key) {
        return securityLog.latest(SecurityEventType.ADMINISTRATION, 20).stream()
                .map(SecurityLogEntry::event)
                .anyMatch(e -> ("round:" + region + "/2031").equals(e.object())
                        && e.subject().equals(admin)
                        && e.details() != null
                        && e.details().startsWith(key));
    }

    private static void closeDialogs() {
        _find(com.vaadin.flow.component.dialog.Dialog.class).forEach(com.vaadin.flow.component.dialog.Dialog::close);
    }

    private static List<Button> cellButtons(Grid<BudgetRound> grid) {
        return GridKt._getCellComponent(grid, 0, "actions")
                .getChildren()
                .map(Button.class::cast)
                .toList();
    }

    private static Button cellButton(Grid<BudgetRound> grid, String id) {
        return cellButtons(grid).stream()
                .filter(b -> b.getId().orElse("").equals(id))
                .findFirst()
                .orElseThrow();
    }
}
