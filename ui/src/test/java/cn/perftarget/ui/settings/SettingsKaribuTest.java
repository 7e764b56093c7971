package cn.perftarget.ui.settings;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import cn.perftarget.domain.office.lists.ListWorkbook;
import cn.perftarget.domain.org.OrgKind;
import cn.perftarget.domain.org.Organisation;
import cn.perftarget.domain.org.OrganisationRepository;
import cn.perftarget.domain.security.SecurityEventType;
import cn.perftarget.domain.security.SecurityLog;
import cn.perftarget.domain.user.AppUser;
import cn.perftarget.domain.user.Role;
import cn.perftarget.domain.user.UserRepository;
import cn.perftarget.ui.KaribuTest;
import cn.perftarget.ui.home.HomeView;
import cn.perftarget.ui.review.Tables;
import cn.perftarget.ui.tables.PageNotFoundView;
import cn.perftarget.workflow.admin.settings.CalendarAdministration;
import cn.perftarget.workflow.admin.settings.FrameworkOption;
import cn.perftarget.workflow.admin.settings.FrameworkYear;
import cn.perftarget.workflow.admin.settings.RuleSettingsAdministration;
import cn.perftarget.workflow.admin.settings.WorkflowSettingsAdministration;
import cn.perftarget.workflow.approval.ApprovalService;
import cn.perftarget.workflow.settings.RegionWorkflowSettings;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 系统设置 of the 系统管理员, each test in a region of its own (bureau, department, unit, drafter, administrator): every
 * tab shows the region's settings, saves a change (in the security log) and refuses a bad input with its Chinese
 * message and nothing changed; the rules tab previews how many open tables change; nobody else opens the screen.
 */
class SettingsKaribuTest extends KaribuTest {

    private static final AtomicInteger NEXT = new AtomicInteger(500);

    @Autowired
    OrganisationRepository organisations;

    @Autowired
    UserRepository users;

    @Autowired
    SecurityLog securityLog;

    @Autowired
    ApprovalService approvals;

    @Autowired
    WorkflowSettingsAdministration workflowSettings;

    @Autowired
    CalendarAdministration calendars;

    @Autowired
    RuleSettingsAdministration rules;

    private String region;
    private String admin;
    private AppUser drafter;

    @BeforeEach
    void region() {
        String n = String.valueOf(NEXT.getAndIncrement());
        region = "karibu-settings-" + n;
        Organisation bureau =
                organisations.save(new Organisation(null, "SB-" + n, "设置测试财政局" + n, OrgKind.BUREAU, null, region));
        Organisation section =
                organisations.save(new Organisation(null, "SS-" + n, "设置测试预算科", OrgKind.SECTION, bureau.id(), region));
        Organisation department = organisations.save(
                new Organisation(null, "S" + n, "设置测试部门" + n, OrgKind.DEPARTMENT, bureau.id(), region));
        Organisation unit = organisations.save(
                new Organisation(null, "S" + n + "001", "设置测试单位" + n, OrgKind.UNIT, department.id(), region));
        organisations.assignDepartment(section.savedId(), department.savedId());
        drafter = users.save("sd-" + n, "设置编制" + n, "{noop}x", unit.savedId(), Set.of(Role.DRAFTER), false);
        admin = "sa-" + n;
        users.save(admin, "设置管理员" + n, "{noop}x", bureau.savedId(), Set.of(Role.SYSTEM_ADMIN), false);
    }

    @Test
    void theHomePageLinksToTheSettings() {
        login(admin);
        navigate("", HomeView.class);
        assertThat(_get(RouterLink.class, s -> s.withId("home-settings")).getHref())
                .isEqualTo("admin/settings");
    }

    @Test
    void theWorkflowTabSavesAndRefusesAPeriodOutOfRange() {
        AppUser a = login(admin);
        open(0);
        assertThat(_get(IntegerField.class, s -> s.withId("settings-review-days"))
                        .getValue())
                .isEqualTo(3);

        _setValue(_get(IntegerField.class, s -> s.withId("settings-review-days")), 0);
        _click(_get(Button.class, s -> s.withId("settings-workflow-save")));
        assertThat(_get(Paragraph.class, s -> s.withId("settings-workflow-error"))
                        .getText())
                .isEqualTo("审核期限应为1至60个工作日");
        assertThat(workflowSettings.read(a, region)).isEqualTo(RegionWorkflowSettings.defaults(region));

        _setValue(_get(IntegerField.class, s -> s.withId("settings-review-days")), 5);
        _setValue(_get(Checkbox.class, s -> s.withId("settings-resubmit")), true);
        _click(_get(Button.class, s -> s.withId("settings-workflow-save")));
        assertThat(_find(Paragraph.class, s -> s.withId("settings-workflow-error")))
                .as("the refusal is gone")
                .isEmpty();
        assertThat(workflowSettings.read(a, region)).isEqualTo(new RegionWorkflowSettings(region, true, 5, 2));
        assertLogged("settings:" + region, "reviewDays=3");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theCalendarTabPreviewsPastedLinesWithTheirProblemsAndSavesARightCalendar() {
        AppUser a = login(admin);
        open(1);
        _setValue(_get(IntegerField.class, s -> s.withId("settings-calendar-year")), 2030);
        assertThat(_get(Paragraph.class, s -> s.withId("settings-calendar-state"))
                        .getText())
                .startsWith("2030 年使用通用日历");
        TextArea text = _get(TextArea.class, s -> s.withId("settings-calendar-text"));

        _setValue(text, "2030-10-01~2030-10-07 休 国庆节\n2030-10-32 休\n");
        _click(_get(Button.class, s -> s.withId("settings-calendar-preview")));
        assertThat(_get(Paragraph.class, s -> s.withId("settings-calendar-summary"))
                        .getText())
                .isEqualTo("共 2 行，1 行有问题；放假 7 天，调休上班 0 天");
        Grid<?> lines = _get(Grid.class, s -> s.withId("settings-calendar-lines"));
        assertThat(GridKt._getFormattedRow(lines, 1)).contains("日期 2030-10-32 不存在");
        _click(_get(Button.class, s -> s.withId("settings-calendar-save")));
        assertThat(_get(Paragraph.class, s -> s.withId("settings-calendar-error"))
                        .getText())
                .isEqualTo("有 1 行存在问题，工作日历未保存（第 2 行：日期 2030-10-32 不存在）");
        assertThat(calendars.read(a, region, 2030).regionOwn()).isFalse();

        _setValue(text, "2030-10-01~2030-10-07 休 国庆节\n2030-09-29 班 国庆节调休\n");
        _click(_get(Button.class, s -> s.withId("settings-calendar-save")));
        assertThat(calendars.read(a, region, 2030).days()).hasSize(8);
        assertThat(_get(Paragraph.class, s -> s.withId("settings-calendar-state"))
                        .getText())
                .isEqualTo("本区划已设置 2030 年的工作日历（8 天）");
        assertLogged("calendar:" + region + ":2030", "off=7 work=1");

        // an Excel sheet: previewed, then saved
        byte[] sheet = ListWorkbook.xlsx("日历", List.of("日期", "类别", "名称"), List.of(List.of("2030-01-01", "休", "元旦")));
        UploadKt._upload(_get(Upload.class, s -> s.withId("settings-calendar-sheet")), "calendar.xlsx", sheet);
        assertThat(_get(Paragraph.class, s -> s.withId("settings-calendar-summary"))
                        .getText())
                .isEqualTo("共 1 行，0 行有问题；放假 1 天，调休上班 0 天");
        _click(_get(Button.class, s -> s.withId("settings-calendar-save-sheet")));
        assertThat(calendars.read(a, region, 2030).days())
                .singleElement()
                .satisfies(d -> assertThat(d.name()).isEqualTo("元旦"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theFrameworkTabSetsTheFrameworkOfAYearAndRefusesAYearOutOfRange() {
        login(admin);
        open(2);
        Grid<FrameworkYear> years = _get(Grid.class, s -> s.withId("settings-frameworks"));
        assertThat(GridKt._findAll(years)).noneMatch(FrameworkYear::chosen);
        ComboBox<FrameworkOption> choice = _get(ComboBox.class, s -> s.withId("settings-framework-choice"));
        FrameworkOption v2021 = choice.getListDataView()
                .getItems()
                .filter(o -> o.id().equals("2021"))
                .findFirst()
                .orElseThrow();

        _setValue(_get(IntegerField.class, s -> s.withId("settings-framework-year")), 1999);
        _setValue(choice, v2021);
        _click(_get(Button.class, s -> s.withId("settings-framework-save")));
        assertThat(_get(Paragraph.class, s -> s.withId("settings-framework-error"))
                        .getText())
                .isEqualTo("年度应在 2000 至 2100 之间");
        assertThat(GridKt._findAll(years)).noneMatch(FrameworkYear::chosen);

        _setValue(_get(IntegerField.class, s -> s.withId("settings-framework-year")), 2020);
        _click(_get(Button.class, s -> s.withId("settings-framework-save")));
        assertThat(GridKt._findAll(years))
                .filteredOn(FrameworkYear::chosen)
                .singleElement()
                .satisfies(y -> {
                    assertThat(y.fiscalYear()).isEqualTo(2020);
                    assertThat(y.frameworkId()).isEqualTo("2021");
                });
        assertLogged("framework:" + region + ":2020", "catalogue -> 2021");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theRulesTabPreviewsTheNumberOfOpenTablesThatChangeAndRefusesAWordForANumber() {
        approvals.create(drafter, Tables.clean().withGoals(""));
        approvals.create(drafter, Tables.clean());
        AppUser a = login(admin);
        open(3);
        Grid<RuleEdit> grid = _get(Grid.class, s -> s.withId("settings-rules"));

        // a word for a number: refused in Chinese, nothing stored
        _click((Button) cell(grid, "R03", "parameters")
                .getChildren()
                .filter(c -> c instanceof Button)
                .findFirst()
                .orElseThrow());
        _setValue(_get(TextField.class, s -> s.withId("rule-param-minLength")), "六");
        _click(_get(Button.class, s -> s.withId("rule-params-ok")));
        _click(_get(Button.class, s -> s.withId("settings-rules-save")));
        assertThat(_get(Paragraph.class, s -> s.withId("settings-rules-error")).getText())
                .isEqualTo("规则R03的参数minLength应为数字：六");
        assertThat(rules.rules(a, region))
                .allMatch(r -> r.setting().enabled() && r.setting().parameters().isEmpty());
        _click(_get(Button.class, s -> s.withId("settings-rules-reload")));

        // R01 (blank 绩效目标) off: one of the two open tables changes
        _setValue((Checkbox) cell(grid, "R01", "enabled"), false);
        _click(_get(Button.class, s -> s.withId("settings-rules-preview")));
        assertThat(_get(Paragraph.class, s -> s.withId("settings-rules-impact")).getText())
                .isEqualTo("此项修改将改变 1 张在办绩效目标表的审核发现（共检查 2 张在办绩效目标表）");
        assertThat(rules.rules(a, region)).allMatch(r -> r.setting().enabled());
        _click(_get(Button.class, s -> s.withId("settings-rules-save")));
        assertThat(rules.rules(a, region))
                .filteredOn(r -> !r.setting().enabled())
                .extracting(r -> r.info().id())
                .containsExactly("R01");
        assertLogged("rule:" + region + ":R01", "on default {} -> off default {} (1)");
    }

    @Test
    void nobodyElseOpensTheSettings() {
        for (String other : List.of("anquan", "bianzhi", "shenji")) {
            login(other);
            UI.getCurrent().navigate("admin/settings");
            assertThat(currentView()).as(other).isInstanceOf(PageNotFoundView.class);
        }
    }

    private void open(int tab) {
        navigate("admin/settings", SettingsView.class);
        _get(TabSheet.class, s -> s.withId("settings-tabs")).setSelectedIndex(tab);
    }

    private static Component cell(Grid<RuleEdit> grid, String ruleId, String column) {
        List<RuleEdit> rows = GridKt._findAll(grid);
        int row = rows.indexOf(
                rows.stream().filter(r -> r.id().equals(ruleId)).findFirst().orElseThrow());
        return GridKt._getCellComponent(grid, row, column);
    }

    private void assertLogged(String object, String detail) {
        assertThat(securityLog.latest(SecurityEventType.ADMINISTRATION, 10))
                .anyMatch(e -> object.equals(e.event().object())
                        && e.event().subject().equals(admin)
                        && e.event().details() != null
                        && e.event().details().contains(detail));
    }
}
