package cn.perftarget.workflow.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.perftarget.domain.account.AccountRepository;
import cn.perftarget.domain.office.lists.ListWorkbook;
import cn.perftarget.domain.security.SecurityEventType;
import cn.perftarget.domain.security.SecurityLog;
import cn.perftarget.domain.user.AppUser;
import cn.perftarget.domain.user.Role;
import cn.perftarget.domain.user.UserListEntry;
import cn.perftarget.workflow.WorkflowTestSupport;
import cn.perftarget.workflow.account.AccountAdministration;
import cn.perftarget.workflow.account.PendingStep;
import cn.perftarget.workflow.account.SignIn;
import cn.perftarget.workflow.error.InvalidInputException;
import cn.perftarget.workflow.error.NotAllowedException;
import cn.perftarget.workflow.support.TestOrganisation;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 用户管理 by the 系统管理员 of a region: list with filters, create with an initial password that must be changed,
 * edit, reset, import from Excel; refused for other roles and other regions; bad input refused with its Chinese
 * message and nothing changed; each change in the security log.
 */
class UserAdministrationTest extends WorkflowTestSupport {

    @Autowired
    UserAdministration administration;

    @Autowired
    UserImport userImport;

    @Autowired
    AccountAdministration accountAdministration;

    @Autowired
    AccountRepository accounts;

    @Autowired
    SignIn signIn;

    @Autowired
    SecurityLog securityLog;

    @Test
    void theSystemAdministratorCreatesADrafterWhoMustChangeTheInitialPassword() {
        TestOrganisation org = newOrganisation();
        AppUser admin = administratorOf(org, Role.SYSTEM_ADMIN);
        String name = "new-" + org.department.code();

        CreatedAccount created =
                administration.create(admin, new AccountForm(name, "新编制人", org.unit1.code(), Set.of(Role.DRAFTER)));

        assertThat(created.initialPassword()).hasSizeGreaterThanOrEqualTo(10);
        assertThat(signIn.password(name, created.initialPassword(), null).steps())
                .containsExactly(PendingStep.CHANGE_PASSWORD);
        assertThat(user(name).roles()).containsExactly(Role.DRAFTER);
        assertThat(user(name).organisation().code()).isEqualTo(org.unit1.code());
        assertThat(securityLog.latest(SecurityEventType.ADMINISTRATION, 10))
                .anyMatch(e -> name.equals(e.event().object())
                        && e.event().subject().equals(admin.username())
                        && e.event().details().contains(org.unit1.code()));
        // the list of the region finds it by its name, and the filters narrow it
        assertThat(administration.list(admin, new UserSearch("新编制", null, null, null, null), 0, 50))
                .extracting(e -> e.user().username())
                .containsExactly(name);
        assertThat(administration.count(admin, new UserSearch(null, org.unit1.id(), Role.DRAFTER, true, false)))
                .isEqualTo(2);
        assertThat(administration.list(admin, new UserSearch(null, null, Role.DEPT_REVIEWER, null, null), 0, 50))
                .extracting(UserListEntry::user)
                .extracting(AppUser::username)
                .containsExactlyInAnyOrder(org.reviewer1.username(), org.reviewer2.username(), org.lead.username());
        assertThat(administration.list(user("admin"), UserSearch.ALL, 0, 500))
                .as("another region's administrator does not see them")
                .noneMatch(e -> e.user().username().equals(name));
    }

    @Test
    void badInputIsRefusedInChineseAndChangesNothing() {
        TestOrganisation org = newOrganisation();
        AppUser admin = administratorOf(org, Role.SYSTEM_ADMIN);
        int before = administration.count(admin, UserSearch.ALL);

        assertThatThrownBy(() -> administration.create(
                        admin, new AccountForm("坏 名字", "某人", org.unit1.code(), Set.of(Role.DRAFTER))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("用户名“坏 名字”不符合要求");
        assertThatThrownBy(() -> administration.create(
                        admin, new AccountForm(org.drafter1.username(), "某人", org.unit1.code(), Set.of(Role.DRAFTER))))
                .hasMessageContaining("已被使用");
        assertThatThrownBy(() -> administration.create(
                        admin, new AccountForm("ok-" + org.department.code(), "某人", org.unit1.code(), Set.of())))
                .hasMessageContaining("请至少选择一个角色");
        assertThatThrownBy(() -> administration.create(
                        admin,
                        new AccountForm(
                                "ok-" + org.department.code(), "某人", org.unit1.code(), Set.of(Role.SECURITY_ADMIN))))
                .hasMessageContaining("管理员角色由安全管理员授予");
        assertThatThrownBy(() -> administration.create(
                        admin,
                        new AccountForm(
                                "ok-" + org.department.code(), "某人", org.department.code(), Set.of(Role.DRAFTER))))
                .hasMessageContaining("编制人角色不能授予部门的用户");
        assertThatThrownBy(() -> administration.create(
                        admin, new AccountForm("ok-" + org.department.code(), "某人", "442001", Set.of(Role.DRAFTER))))
                .as("an organisation of another region")
                .isInstanceOf(NotAllowedException.class)
                .hasMessageContaining("不在您管理的区划内");

        assertThat(administration.count(admin, UserSearch.ALL)).isEqualTo(before);
        assertThat(users.findByUsername("ok-" + org.department.code())).isEmpty();
    }

    @Test
    void otherRolesAndOtherRegionsAreRefusedAndLogged() {
        TestOrganisation org = newOrganisation();
        AccountForm form = new AccountForm("x-" + org.department.code(), "某人", org.unit1.code(), Set.of(Role.DRAFTER));
        for (AppUser other : List.of(user("anquan"), org.reviewer1, user("shenji"))) {
            assertThatThrownBy(() -> administration.create(other, form)).isInstanceOf(NotAllowedException.class);
        }
        assertThatThrownBy(() -> administration.create(user("admin"), form))
                .isInstanceOf(NotAllowedException.class)
                .hasMessageContaining("不在您管理的区划内");
        assertThatThrownBy(() -> administration.resetPassword(user("admin"), org.drafter1.username()))
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> administration.edit(
                        user("admin"),
                        org.drafter1.username(),
                        new AccountForm("", "改名", org.unit1.code(), Set.of(Role.DRAFTER))))
                .isInstanceOf(NotAllowedException.class);
        assertThat(users.findByUsername(form.username())).isEmpty();
        assertThat(user(org.drafter1.username()).displayName()).isNotEqualTo("改名");
        assertThat(securityLog.latest(SecurityEventType.ACCESS_REFUSED, 20))
                .anyMatch(e -> e.event().subject().equals("admin")
                        && e.event().object().equals("CREATE_USER user:" + form.username()));
    }

    @Test
    void editChangesNameOrganisationAndRolesAndLogsOldAndNew() {
        TestOrganisation org = newOrganisation();
        AppUser admin = administratorOf(org, Role.SYSTEM_ADMIN);
        String name = org.drafter2.username();

        administration.edit(
                admin, name, new AccountForm("", "改名的编制人", org.department.code(), Set.of(Role.DEPT_REVIEWER)));

        AppUser changed = user(name);
        assertThat(changed.displayName()).isEqualTo("改名的编制人");
        assertThat(changed.organisation().code()).isEqualTo(org.department.code());
        assertThat(changed.roles()).containsExactly(Role.DEPT_REVIEWER);
        assertThat(securityLog.latest(SecurityEventType.RIGHTS_CHANGED, 10))
                .anyMatch(e ->
                        name.equals(e.event().object()) && e.event().details().equals("[DRAFTER] -> [DEPT_REVIEWER]"));
        assertThat(securityLog.latest(SecurityEventType.ADMINISTRATION, 10))
                .anyMatch(e -> name.equals(e.event().object())
                        && e.event().details().contains(org.unit2.code() + " -> " + org.department.code()));
        assertThatThrownBy(() -> administration.edit(
                        admin, name, new AccountForm("", "", org.department.code(), Set.of(Role.DEPT_REVIEWER))))
                .hasMessageContaining("请填写姓名");
        assertThat(user(name).displayName()).isEqualTo("改名的编制人");
    }

    @Test
    void theSystemAdministratorResetsAPasswordAndDisablesAnAccountOfTheRegion() {
        TestOrganisation org = newOrganisation();
        AppUser admin = administratorOf(org, Role.SYSTEM_ADMIN);
        String name = org.drafter1.username();

        CreatedAccount reset = administration.resetPassword(admin, name);

        assertThat(signIn.password(name, reset.initialPassword(), null).steps())
                .containsExactly(PendingStep.CHANGE_PASSWORD);
        assertThat(securityLog.latest(SecurityEventType.PASSWORD_RESET, 10))
                .anyMatch(e ->
                        name.equals(e.event().object()) && e.event().subject().equals(admin.username()));
        accountAdministration.setEnabled(admin, name, false);
        assertThat(administration.list(admin, new UserSearch(null, null, null, false, null), 0, 50))
                .extracting(e -> e.user().username())
                .containsExactly(name);
        assertThat(accounts.find(name).orElseThrow().enabled()).isFalse();
    }

    @Test
    void anExcelSheetIsPreviewedRowByRowAndImportedOnlyWhenConfirmed() {
        TestOrganisation org = newOrganisation();
        AppUser admin = administratorOf(org, Role.SYSTEM_ADMIN);
        String d = org.department.code();
        byte[] sheet = ListWorkbook.xlsx(
                "用户",
                List.of("用户名", "姓名", "组织机构编码", "角色"),
                List.of(
                        List.of("imp1-" + d, "导入甲", org.unit1.code(), "编制人"),
                        List.of("imp2-" + d, "导入乙", d, "主管部门审核人、查阅人"),
                        List.of("imp1-" + d, "重复", org.unit1.code(), "DRAFTER"),
                        List.of("imp3-" + d, "导入丙", "NO-SUCH", "编制人"),
                        List.of("imp4-" + d, "导入丁", org.unit2.code(), "厨师")));

        ImportPreview preview = userImport.preview(admin, "users.xlsx", sheet);

        assertThat(preview.rows()).extracting(ImportRow::row).containsExactly(2, 3, 4, 5, 6);
        assertThat(preview.rows().get(0).ok()).isTrue();
        assertThat(preview.rows().get(1).problems())
                .as("an auditor belongs to the bureau or a section")
                .isNotEmpty();
        assertThat(preview.rows().get(2).problems()).extracting(m -> m.key()).contains("error.admin.usernameTaken");
        assertThat(preview.rows().get(3).problems())
                .extracting(m -> m.key())
                .contains("error.account.unknownOrganisation");
        assertThat(preview.rows().get(4).problems()).extracting(m -> m.key()).contains("error.import.unknownRole");
        assertThat(users.findByUsername("imp1-" + d))
                .as("a preview stores nothing")
                .isEmpty();

        assertThatThrownBy(() -> userImport.importUsers(admin, "users.xlsx", sheet, false))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("有 4 行存在问题，未导入任何内容");
        assertThat(users.findByUsername("imp1-" + d)).isEmpty();

        List<CreatedAccount> created = userImport.importUsers(admin, "users.xlsx", sheet, true);
        assertThat(created).extracting(CreatedAccount::username).containsExactly("imp1-" + d);
        assertThat(signIn.password("imp1-" + d, created.get(0).initialPassword(), null)
                        .steps())
                .containsExactly(PendingStep.CHANGE_PASSWORD);
        assertThat(securityLog.latest(SecurityEventType.ADMINISTRATION, 10))
                .anyMatch(e -> ("imp1-" + d).equals(e.event().object())
                        && e.event().details().startsWith("security.detail.usersImported users.xlsx"));
    }

    @Test
    void aFileThatIsNoExcelSheetIsRefusedInChinese() {
        TestOrganisation org = newOrganisation();
        AppUser admin = administratorOf(org, Role.SYSTEM_ADMIN);
        assertThatThrownBy(() -> userImport.preview(admin, "users.xlsx", "不是表格".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("users.xlsx");
        assertThatThrownBy(() -> userImport.preview(admin, "users.txt", new byte[] {1, 2, 3}))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("不支持文件");
    }
}
