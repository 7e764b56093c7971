package cn.perftarget.ui.i18n;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import cn.perftarget.bpmn.Grade;
import cn.perftarget.domain.table.TargetTable;
import cn.perftarget.domain.user.AppUser;
import cn.perftarget.ui.KaribuTest;
import cn.perftarget.ui.accounts.LockedAccountsView;
import cn.perftarget.ui.apiclients.ApiClientsView;
import cn.perftarget.ui.apiclients.PersonalTokensView;
import cn.perftarget.ui.department.DepartmentTargetsView;
import cn.perftarget.ui.editor.TableEditorView;
import cn.perftarget.ui.history.HistoryView;
import cn.perftarget.ui.home.HomeView;
import cn.perftarget.ui.inbox.InboxView;
import cn.perftarget.ui.login.LoginNotice;
import cn.perftarget.ui.login.LoginView;
import cn.perftarget.ui.profile.ProfileView;
import cn.perftarget.ui.region.RegionTablesView;
import cn.perftarget.ui.review.ReviewView;
import cn.perftarget.ui.review.Tables;
import cn.perftarget.ui.security.PendingLogin;
import cn.perftarget.ui.securitylog.SecurityLogView;
import cn.perftarget.ui.signin.SignInStepsView;
import cn.perftarget.ui.tables.MyTablesView;
import cn.perftarget.workflow.account.AccountAdministration;
import cn.perftarget.workflow.account.PendingStep;
import cn.perftarget.workflow.account.SignIn;
import cn.perftarget.workflow.approval.ApprovalService;
import cn.perftarget.workflow.department.DepartmentPart;
import cn.perftarget.workflow.department.DepartmentTargetsService;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinSession;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every screen in English, for every role, at every step a table can be in: no Chinese on it outside the data (the
 * tables' cells, names of organisations and people, what people wrote, the vocabulary of the rules). The screens are
 * driven as a user drives them — dialogs opened, tabs chosen, actions refused — and read by {@link ScreenText}.
 */
class EnglishScreensKaribuTest extends KaribuTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApprovalService approvals;

    @Autowired
    ManagementService management;

    @Autowired
    SignIn signIn;

    @Autowired
    DepartmentTargetsService departments;

    @Autowired
    AccountAdministration administration;

    private Tables tables;
    private final List<String> chinese = new ArrayList<>();

    @BeforeEach
    void fixtures() {
        tables = create(Tables.class);
        chinese.clear();
    }

    @Test
    void theDraftersScreens() throws IOException {
        long withErrors = tables.drafted(Tables.clean().withGoals(""));
        long returned = tables.atDepartmentReview(Tables.clean());
        approvals.returnToUnit(tables.user("bumen"), tables.taskId(returned), "【项目名称】请写全称 请量化目标");
        english("bianzhi");

        navigate("", HomeView.class);
        check("home");
        navigate("tables", MyTablesView.class);
        check("my tables");
        _click(_get(Button.class, s -> s.withId("tables-new")));
        check("new table dialog");
        closeDialogs();
        Grid<?> grid = _get(Grid.class, s -> s.withId("my-tables"));
        selectFirst(grid);
        _click(_get(Button.class, s -> s.withId("tables-copy")));
        check("copy dialog");
        closeDialogs();

        _click(_get(Button.class, s -> s.withId("tables-import")));
        _setValue(_get(TextArea.class, s -> s.withId("paste-text")), seed("004_f47e421262983de5.txt"));
        _click(_get(Button.class, s -> s.withId("paste-recognise")));
        check("paste import: what was recognised");
        _click(_get(Button.class, s -> s.withId("paste-accept")));
        check("paste import: the outcome, tables skipped");
        closeDialogs();

        navigate("tables/" + withErrors + "/edit", TableEditorView.class);
        check("editor with findings");
        _click(_get(Button.class, s -> s.withId("editor-submit")));
        check("submission refused with the errors");
        closeDialogs();

        navigate("review/" + returned, ReviewView.class);
        check("a returned table with the reviewer's pinned comments");
        _click(_get(Button.class, s -> s.withId("notify-bell")));
        check("notifications");
        assertNoChinese();
    }

    @Test
    void theReviewersScreens() {
        long resubmitted = tables.atDepartmentReview(Tables.clean());
        approvals.returnToUnit(tables.user("bumen"), tables.taskId(resubmitted), "请量化");
        tables.reviseValueAndResubmit(resubmitted, 1, "≥99%");
        long atFiscal = tables.atFiscalReview(Tables.clean());

        english("bumen");
        navigate("inbox", InboxView.class);
        Tabs tabs = _get(Tabs.class);
        for (Tab tab : _find(tabs, Tab.class)) {
            tabs.setSelectedTab(tab);
            check("inbox, tab " + tab.getId().orElse(""));
        }
        navigate("review/" + resubmitted, ReviewView.class);
        check("department review of a resubmitted table");
        _click(_get(Button.class, s -> s.withId("review-return")));
        check("a return refused without a comment");

        english("caizheng");
        navigate("review/" + atFiscal, ReviewView.class);
        check("fiscal review with the suggested grade");
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.radiobutton.RadioButtonGroup<Grade> grade =
                _get(com.vaadin.flow.component.radiobutton.RadioButtonGroup.class, s -> s.withId("review-grade"));
        _setValue(grade, Grade.GOOD);
        check("fiscal review: the in-place edit of a 良");
        assertNoChinese();
    }

    @Test
    void historyAndConfirmationOfARoundWithEveryKindOfEntry() {
        TargetTable content = Tables.clean();
        long id = tables.atDepartmentReview(content);
        AppUser bumen = tables.user("bumen");
        approvals.claim(bumen, tables.taskId(id));
        approvals.transfer(bumen, tables.taskId(id), "bumen2", "请你来审");
        fireTimers(id);
        approvals.pass(tables.user("bumen2"), tables.taskId(id), "同意");
        AppUser caizheng = tables.user("caizheng");
        approvals.grade(
                caizheng, tables.taskId(id), Grade.GOOD, "目标已补充", content.withGoals(content.goals() + "，办结率≥95%"));

        english("bianzhi");
        navigate("review/" + id, ReviewView.class);
        check("unit confirmation of the reviewer's edit");
        approvals.accept(tables.user("bianzhi"), tables.taskId(id));
        approvals.reopen(tables.user("bianzhi"), id, "预算调减");
        approvals.submit(tables.user("bianzhi"), id);

        english("shenji");
        navigate("history/" + id, HistoryView.class);
        check("history as the auditor reads it");
        _click(_find(Button.class).stream()
                .filter(b -> b.getId().orElse("").startsWith("revision-link-"))
                .findFirst()
                .orElseThrow());
        check("a revision");
        closeDialogs();
        navigate("review/" + id, ReviewView.class);
        check("review screen as the auditor reads it");
        assertNoChinese();
    }

    @Test
    void theDepartmentScreens() throws IOException {
        int year = 2025;
        AppUser bumen = tables.user("bumen");
        DepartmentPart now = departments.read(bumen, "442", year);
        departments.importText(bumen, "442", year, seed("004_f47e421262983de5.txt"), now.version());
        TargetTable content = Tables.clean();
        long id = approvals
                .create(tables.user("bianzhi"), content.withUnit(content.unitCode(), content.unitName(), year))
                .tableId();
        approvals.submit(tables.user("bianzhi"), id);
        approvals.pass(bumen, tables.taskId(id), null);

        english("bumen");
        UI.getCurrent().navigate(DepartmentTargetsView.class, DepartmentTargetsView.forDepartment("442", year));
        check("department-level targets as the department reviewer edits them");
        _click(_get(Button.class, s -> s.withId("dept-import")));
        check("department-level targets: the import dialog");
        closeDialogs();
        _setValue(_get(TextArea.class, s -> s.withId("dept-overall")), "");
        DepartmentPart stored = departments.read(bumen, "442", year);
        departments.save(bumen, "442", year, stored.content(), stored.version());
        _click(_get(Button.class, s -> s.withId("dept-save")));
        check("department-level targets: a save refused after someone else saved");

        english("caizheng");
        UI.getCurrent().navigate(DepartmentTargetsView.class, DepartmentTargetsView.forDepartment("442", year));
        check("department-level targets as the fiscal reviewer reads them");
        navigate("review/" + id, ReviewView.class);
        _get(com.vaadin.flow.component.details.Details.class, s -> s.withId("review-department-part"))
                .setOpened(true);
        check("fiscal review with the department-level targets beside it");
        assertNoChinese();
    }

    @Test
    void refusalsAndTheLoginPage() {
        english("bianzhi");
        navigate("review/999999999", Component.class);
        check("a table that does not exist");
        navigate("no-such-page", Component.class);
        check("a page that does not exist");
        english("shenji");
        navigate("inbox", Component.class);
        check("the inbox refused to an auditor");
        navigate("region-tables", RegionTablesView.class);
        check("the auditor's region list");
        navigate("overview", cn.perftarget.ui.overview.OverviewView.class);
        check("the auditor's overview");
        navigate("", HomeView.class);
        check("the auditor's home page");
        logoutToLogin();
        check("login");
        assertNoChinese();
    }

    @Test
    void theReviewersOverview() {
        english("caizheng");
        navigate("overview", cn.perftarget.ui.overview.OverviewView.class);
        check("the fiscal reviewer's overview");
        english("bumen");
        navigate("overview", cn.perftarget.ui.overview.OverviewView.class);
        check("the department reviewer's overview");
        assertNoChinese();
    }

    @Test
    void theAccountAndSecurityScreens() {
        for (int i = 0; i < 5; i++) {
            signIn.password("guanwei", "wrong-password", null);
        }
        english("anquan");
        navigate("security/accounts", LockedAccountsView.class);
        check("the security administrator's locked accounts and policy");
        english("shenjiguan");
        navigate("security/log", SecurityLogView.class);
        check("the audit administrator's security log");
        english("admin");
        navigate("", cn.perftarget.ui.home.HomeView.class);
        check("the system administrator's home page");
        navigate("admin/users", cn.perftarget.ui.admin.UsersView.class);
        check("the system administrator's users");
        _click(_get(Button.class, s -> s.withId("users-create")));
        _click(_get(Button.class, s -> s.withId("user-save")));
        check("the system administrator's new user, refused");
        closeDialogs();
        navigate("admin/organisation", cn.perftarget.ui.admin.OrganisationView.class);
        check("the system administrator's organisation");
        _click(_get(Button.class, s -> s.withId("org-import")));
        check("the system administrator's organisation import");
        closeDialogs();
        navigate("admin/rounds", cn.perftarget.ui.rounds.RoundsView.class);
        check("the system administrator's budget rounds");
        _click(_get(Button.class, s -> s.withId("rounds-open")));
        _click(_get(Button.class, s -> s.withId("round-save")));
        check("the system administrator's new budget round, refused");
        closeDialogs();
        navigate("admin/settings", cn.perftarget.ui.settings.SettingsView.class);
        com.vaadin.flow.component.tabs.TabSheet settings = _get(com.vaadin.flow.component.tabs.TabSheet.class);
        for (int tab = 0; tab < 4; tab++) {
            settings.setSelectedIndex(tab);
            check("the system administrator's settings, tab " + tab);
        }
        settings.setSelectedIndex(1);
        _setValue(_get(TextArea.class, s -> s.withId("settings-calendar-text")), "2030-13-01 off");
        _click(_get(Button.class, s -> s.withId("settings-calendar-preview")));
        _click(_get(Button.class, s -> s.withId("settings-calendar-save")));
        check("the system administrator's calendar, a refused line");
        settings.setSelectedIndex(3);
        _click(_get(Button.class, s -> s.withId("settings-rules-preview")));
        check("the system administrator's rules, the impact of no change");
        Grid<?> rules = _get(Grid.class, s -> s.withId("settings-rules"));
        _click((Button) GridKt._getCellComponent(rules, 2, "parameters")
                .getChildren()
                .filter(c -> c instanceof Button)
                .findFirst()
                .orElseThrow());
        check("the system administrator's rule parameters");
        closeDialogs();
        english("bianzhi");
        navigate("profile", ProfileView.class);
        check("my account");
        _click(_get(Button.class, s -> s.withId("profile-enrol")));
        check("my account: setting up a second factor");
        _click(_get(Button.class, s -> s.withId("profile-change")));
        check("my account: a refused password change");
        navigate("profile/api-tokens", PersonalTokensView.class);
        _click(_get(Button.class, s -> s.withId("personal-token-issue")));
        check("my account: personal API tokens, one just issued");
        english("admin");
        navigate("admin/api-clients", ApiClientsView.class);
        _setValue(_get(TextField.class, s -> s.withId("api-client-name")), "english-screens-" + System.nanoTime());
        _setValue(_get(TextField.class, s -> s.withId("api-client-organisation")), "442001");
        _click(_get(Button.class, s -> s.withId("api-client-create")));
        check("the system administrator's API clients, one just created");
        administration.unlock(tables.user("anquan"), "guanwei");
        assertNoChinese();
    }

    @Test
    void theStepsOfASignInAndTheLoginNotices() {
        for (PendingStep step : PendingStep.values()) {
            logoutToLogin();
            VaadinSession.getCurrent()
                    .getSession()
                    .setAttribute(PendingLogin.ATTRIBUTE, new PendingLogin("admin", List.of(step), null));
            navigate("login/steps", SignInStepsView.class);
            check("sign-in step " + step);
        }
        logoutToLogin();
        VaadinSession.getCurrent()
                .getSession()
                .setAttribute(LoginNotice.ATTRIBUTE, LoginNotice.locked(java.time.Instant.now()));
        navigate("login", LoginView.class);
        check("login: the account is locked");
        VaadinSession.getCurrent().getSession().setAttribute(LoginNotice.ATTRIBUTE, LoginNotice.expired());
        navigate("login", LoginView.class);
        check("login: the session expired");
        assertNoChinese();
    }

    /** Signs the user in with the UI in English, as after a click on “English”. */
    private void english(String username) {
        login(username);
        UI.getCurrent().setLocale(TranslationProvider.ENGLISH);
    }

    private void logoutToLogin() {
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
        UI.getCurrent().setLocale(TranslationProvider.ENGLISH);
        navigate("login", LoginView.class);
    }

    private void check(String screen) {
        ScreenText text = ScreenText.ofCurrentUi();
        assertThat(text.texts()).as(screen + ": something is shown").isNotEmpty();
        text.chineseOutside(DataCorpus.of(jdbc)).forEach(c -> chinese.add(screen + ": " + c));
    }

    private void assertNoChinese() {
        assertThat(chinese).as("Chinese on English screens outside the data").isEmpty();
    }

    private static void closeDialogs() {
        _find(Dialog.class).forEach(Dialog::close);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void selectFirst(Grid grid) {
        grid.select(GridKt._get(grid, 0));
    }

    /** Runs the review timers of the table's round now: 到期提醒 and 超期上报 write their entries and notices. */
    private void fireTimers(long tableId) {
        String pid = jdbc.sql("select process_instance_id from target_table where id = ?")
                .param(tableId)
                .query(String.class)
                .single();
        for (Job job :
                management.createJobQuery().processInstanceId(pid).timers().list()) {
            management.executeJob(job.getId());
        }
    }

    private static String seed(String file) throws IOException {
        try (InputStream in = EnglishScreensKaribuTest.class.getResourceAsStream("/seeds/" + file)) {
            assertThat(in).as(file).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
