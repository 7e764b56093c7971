package cn.perftarget.ui.admin;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import cn.perftarget.domain.office.lists.ListWorkbook;
import cn.perftarget.domain.org.OrgKind;
import cn.perftarget.domain.org.Organisation;
import cn.perftarget.domain.org.OrganisationEntry;
import cn.perftarget.domain.org.OrganisationRepository;
import cn.perftarget.domain.security.SecurityEventType;
import cn.perftarget.domain.security.SecurityLog;
import cn.perftarget.domain.user.Role;
import cn.perftarget.domain.user.UserListEntry;
import cn.perftarget.domain.user.UserRepository;
import cn.perftarget.ui.KaribuTest;
import cn.perftarget.ui.home.HomeView;
import cn.perftarget.ui.tables.PageNotFoundView;
import cn.perftarget.workflow.admin.CreatedAccount;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 用户管理 and 组织机构 of the 系统管理员, each test in a region of its own (bureau, two sections, a department with
 * a unit, a drafter, an administrator): list, create, edit, a refused input with its Chinese message, the import with
 * its preview, the security log entry; nobody else opens the screens.
 */
class AdminScreensKaribuTest extends KaribuTest {

    private static final AtomicInteger NEXT = new AtomicInteger(700);

    @Autowired
    OrganisationRepository organisations;

    @Autowired
    UserRepository users;

    @Autowired
    SecurityLog securityLog;

    private String n;
    private String admin;
    private Organisation department;
    private Organisation unit;
    private Organisation sectionB;

    @BeforeEach
    void region() {
        n = String.valueOf(NEXT.getAndIncrement());
        String region = "karibu-admin-" + n;
        Organisation bureau =
                organisations.save(new Organisation(null, "KB-" + n, "测试财政局" + n, OrgKind.BUREAU, null, region));
        Organisation sectionA = organisations.save(
                new Organisation(null, "KS-" + n + "A", "测试预算一科", OrgKind.SECTION, bureau.id(), region));
        sectionB = organisations.save(
                new Organisation(null, "KS-" + n + "B", "测试预算二科", OrgKind.SECTION, bureau.id(), region));
        department = organisations.save(
                new Organisation(null, "K" + n, "测试部门" + n, OrgKind.DEPARTMENT, bureau.id(), region));
        unit = organisations.save(
                new Organisation(null, "K" + n + "001", "测试单位" + n, OrgKind.UNIT, department.id(), region));
        organisations.assignDepartment(sectionA.savedId(), department.savedId());
        users.save("kd-" + n, "测试编制" + n, "{noop}x", unit.savedId(), Set.of(Role.DRAFTER), false);
        admin = "ka-" + n;
        users.save(admin, "测试管理员" + n, "{noop}x", bureau.savedId(), Set.of(Role.SYSTEM_ADMIN), false);
    }

    @Test
    void theHomePageLinksToTheAdministratorsScreens() {
        login(admin);
        navigate("", HomeView.class);
        assertThat(_get(RouterLink.class, s -> s.withId("home-users")).getHref())
                .isEqualTo("admin/users");
        assertThat(_get(RouterLink.class, s -> s.withId("home-organisation")).getHref())
                .isEqualTo("admin/organisation");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theAdministratorListsCreatesAndEditsUsersOfTheRegion() {
        login(admin);
        navigate("admin/users", UsersView.class);
        Grid<UserListEntry> grid = _get(Grid.class, s -> s.withId("users-grid"));
        assertThat(GridKt._findAll(grid)).extracting(e -> e.user().username()).containsExactly("ka-" + n, "kd-" + n);

        // a refused input: the dialog says why in Chinese and nothing is created
        _click(_get(Button.class, s -> s.withId("users-create")));
        _setValue(_get(TextField.class, s -> s.withId("user-username")), "ku-" + n);
        _click(_get(Button.class, s -> s.withId("user-save")));
        assertThat(_get(Paragraph.class, s -> s.withId("user-error")).getText()).contains("请填写姓名");
        assertThat(users.findByUsername("ku-" + n)).isEmpty();

        _setValue(_get(TextField.class, s -> s.withId("user-name")), "新用户" + n);
        ComboBox<OrganisationEntry> org = _get(ComboBox.class, s -> s.withId("user-organisation"));
        _setValue(org, entry(unit.code()));
        _setValue(_get(CheckboxGroup.class, s -> s.withId("user-roles")), Set.of(Role.DRAFTER));
        _click(_get(Button.class, s -> s.withId("user-save")));
        Grid<CreatedAccount> passwords = _get(Grid.class, s -> s.withId("initial-passwords"));
        assertThat(GridKt._findAll(passwords)).singleElement().satisfies(a -> {
            assertThat(a.username()).isEqualTo("ku-" + n);
            assertThat(a.initialPassword()).hasSizeGreaterThanOrEqualTo(10);
        });
        _click(_get(Button.class, s -> s.withId("initial-passwords-close")));
        assertThat(securityLog.latest(SecurityEventType.ADMINISTRATION, 5))
                .anyMatch(e -> ("ku-" + n).equals(e.event().object())
                        && e.event().subject().equals(admin));

        // the search narrows the list
        _setValue(_get(TextField.class, s -> s.withId("users-search")), "新用户");
        assertThat(GridKt._findAll(grid)).extracting(e -> e.user().username()).containsExactly("ku-" + n);

        // edit the name
        _click(rowButton(grid, "ku-" + n, "edit-ku-" + n));
        _setValue(_get(TextField.class, s -> s.withId("user-name")), "改名" + n);
        _click(_get(Button.class, s -> s.withId("user-save")));
        assertThat(users.findByUsername("ku-" + n).orElseThrow().displayName()).isEqualTo("改名" + n);

        // disable
        _setValue(_get(TextField.class, s -> s.withId("users-search")), "");
        _click(rowButton(grid, "kd-" + n, "toggle-kd-" + n));
        assertThat(users.findByUsername("kd-" + n).orElseThrow().enabled()).isFalse();
        assertThat(securityLog.latest(SecurityEventType.ADMINISTRATION, 5))
                .anyMatch(e -> ("kd-" + n).equals(e.event().object()));
    }

    @Test
    @SuppressWarnings("unchecked")
    void usersAreImportedFromAnExcelSheetAfterThePreview() {
        login(admin);
        navigate("admin/users", UsersView.class);
        _click(_get(Button.class, s -> s.withId("users-import")));
        byte[] sheet = ListWorkbook.xlsx(
                "用户",
                List.of("用户名", "姓名", "组织机构编码", "角色"),
                List.of(List.of("ki-" + n, "导入" + n, unit.code(), "编制人"), List.of("ki2-" + n, "坏行", "NOPE", "编制人")));
        UploadKt._upload(_get(Upload.class, s -> s.withId("import-sheet")), "users.xlsx", sheet);
        assertThat(_get(Paragraph.class, s -> s.withId("import-summary")).getText())
                .isEqualTo("共 2 行：1 行可导入，1 行有问题");
        Grid<?> preview = _get(Grid.class, s -> s.withId("import-preview"));
        assertThat(GridKt._getFormattedRow(preview, 1)).contains("组织机构 NOPE 不存在");
        assertThat(_get(Button.class, s -> s.withId("import-all")).isEnabled()).isFalse();
        _click(_get(Button.class, s -> s.withId("import-valid")));
        assertThat(users.findByUsername("ki-" + n)).isPresent();
        assertThat(users.findByUsername("ki2-" + n)).isEmpty();
        assertThat(_find(Grid.class, s -> s.withId("initial-passwords"))).hasSize(1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theAdministratorCreatesRenamesAndGivesADepartmentToAnotherSection() {
        login(admin);
        navigate("admin/organisation", OrganisationView.class);
        TreeGrid<OrganisationEntry> tree = _get(TreeGrid.class, s -> s.withId("org-tree"));
        var data = tree.getTreeData();
        assertThat(data.getRootItems()).extracting(OrganisationEntry::code).containsExactly("KB-" + n);
        OrganisationEntry sectionA = data.getChildren(data.getRootItems().get(0)).stream()
                .filter(e -> e.code().equals("KS-" + n + "A"))
                .findFirst()
                .orElseThrow();
        assertThat(data.getChildren(sectionA))
                .as("the department under the section responsible for it")
                .extracting(OrganisationEntry::code)
                .containsExactly("K" + n);

        // a new unit under the department
        tree.select(entry(department.code()));
        _click(_get(Button.class, s -> s.withId("org-create")));
        _setValue(_get(TextField.class, s -> s.withId("org-code")), "K" + n + "002");
        _click(_get(Button.class, s -> s.withId("org-save")));
        assertThat(_get(Paragraph.class, s -> s.withId("org-error")).getText()).contains("请填写名称");
        _setValue(_get(TextField.class, s -> s.withId("org-name")), "新单位" + n);
        _click(_get(Button.class, s -> s.withId("org-save")));
        assertThat(organisations.findByCode("K" + n + "002")).isPresent();

        // rename
        tree.select(entry("K" + n + "002"));
        _click(_get(Button.class, s -> s.withId("org-rename")));
        _setValue(_get(TextField.class, s -> s.withId("org-name")), "改名单位" + n);
        _click(_get(Button.class, s -> s.withId("org-save")));
        assertThat(organisations.findByCode("K" + n + "002").orElseThrow().name())
                .isEqualTo("改名单位" + n);

        // a unit with users cannot be deleted
        tree.select(entry(unit.code()));
        _click(_get(Button.class, s -> s.withId("org-delete")));
        assertThat(organisations.findByCode(unit.code())).isPresent();

        // the department goes to the second section
        tree.select(entry(department.code()));
        _click(_get(Button.class, s -> s.withId("org-move")));
        _setValue(_get(ComboBox.class, s -> s.withId("org-parent")), entry(sectionB.code()));
        _click(_get(Button.class, s -> s.withId("org-save")));
        assertThat(organisations.routingSection(department.code())).hasValue(sectionB.code());
        assertThat(securityLog.latest(SecurityEventType.ADMINISTRATION, 5))
                .anyMatch(e ->
                        ("organisation:" + department.code()).equals(e.event().object())
                                && e.event().subject().equals(admin));
    }

    @Test
    void nobodyElseOpensTheScreens() {
        for (String other : List.of("anquan", "bianzhi", "shenji")) {
            login(other);
            UI_navigate("admin/users");
            assertThat(currentView()).as(other).isInstanceOf(PageNotFoundView.class);
            UI_navigate("admin/organisation");
            assertThat(currentView()).as(other).isInstanceOf(PageNotFoundView.class);
        }
    }

    private void UI_navigate(String location) {
        com.vaadin.flow.component.UI.getCurrent().navigate(location);
    }

    /** A button of a row's actions (the grid renders them per row). */
    private static Button rowButton(Grid<UserListEntry> grid, String username, String id) {
        List<UserListEntry> rows = GridKt._findAll(grid);
        int row = rows.indexOf(rows.stream()
                .filter(e -> e.user().username().equals(username))
                .findFirst()
                .orElseThrow());
        var actions = GridKt._getCellComponent(grid, row, "actions");
        return actions.getChildren()
                .map(Button.class::cast)
                .filter(b -> b.getId().orElse("").equals(id))
                .findFirst()
                .orElseThrow();
    }

    private OrganisationEntry entry(String code) {
        return organisations.entry(code).orElseThrow();
    }
}
