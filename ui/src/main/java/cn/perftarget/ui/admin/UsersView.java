package cn.perftarget.ui.admin;

import cn.perftarget.domain.org.OrganisationEntry;
import cn.perftarget.domain.user.AppUser;
import cn.perftarget.domain.user.Role;
import cn.perftarget.domain.user.UserListEntry;
import cn.perftarget.ui.component.Notices;
import cn.perftarget.ui.format.DateTimes;
import cn.perftarget.ui.i18n.TranslationProvider;
import cn.perftarget.ui.security.CurrentUser;
import cn.perftarget.workflow.account.AccountAdministration;
import cn.perftarget.workflow.admin.OrganisationAdministration;
import cn.perftarget.workflow.admin.UserAdministration;
import cn.perftarget.workflow.admin.UserImport;
import cn.perftarget.workflow.admin.UserSearch;
import cn.perftarget.workflow.error.WorkflowException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * 用户管理 (系统管理员): the users of the administrator's region, filtered by a text, organisation, role, enabled and
 * locked, loaded page by page; 新建用户, 编辑, 停用/启用, 重置密码 (the temporary password shown once), 导入 from an Excel
 * sheet with a preview. Every change goes through the workflow (checks, region, security log). Ids: {@code users-grid},
 * {@code users-search}, {@code users-organisation}, {@code users-role}, {@code users-enabled}, {@code users-locked},
 * {@code users-create}, {@code users-import}, per row {@code edit-<username>}, {@code toggle-<username>},
 * {@code reset-<username>}.
 */
@Route("admin/users")
@Menu(order = 21, icon = "vaadin:users", title = "nav.users")
@RolesAllowed("SYSTEM_ADMIN")
public class UsersView extends VerticalLayout implements HasDynamicTitle {

    /** The tri-state filters (any, yes, no). */
    enum Choice {
        ANY,
        YES,
        NO
    }

    private final AppUser user;
    private final UserAdministration users;
    private final AccountAdministration accounts;
    private final OrganisationAdministration organisations;
    private final Grid<UserListEntry> grid = new Grid<>();
    private final TextField search = new TextField();
    private final ComboBox<OrganisationEntry> organisation = new ComboBox<>();
    private final ComboBox<Role> role = new ComboBox<>();
    private final ComboBox<Choice> enabled = new ComboBox<>();
    private final ComboBox<Choice> locked = new ComboBox<>();

    public UsersView(
            CurrentUser currentUser,
            UserAdministration users,
            UserImport userImport,
            AccountAdministration accounts,
            OrganisationAdministration organisations) {
        this.user = currentUser.require();
        this.users = users;
        this.accounts = accounts;
        this.organisations = organisations;
        List<OrganisationEntry> tree = organisations.tree(user);

        search.setId("users-search");
        search.setPlaceholder(getTranslation("users.search"));
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        organisation.setId("users-organisation");
        organisation.setPlaceholder(getTranslation("users.organisation"));
        organisation.setItems(tree);
        organisation.setItemLabelGenerator(
                o -> o.code() + " " + o.organisation().name());
        organisation.setClearButtonVisible(true);
        role.setId("users-role");
        role.setPlaceholder(getTranslation("users.role"));
        role.setItems(Role.values());
        role.setItemLabelGenerator(r -> getTranslation(r.labelKey()));
        role.setClearButtonVisible(true);
        choice(enabled, "users-enabled", "users.enabled", "users.enabled.yes", "users.enabled.no");
        choice(locked, "users-locked", "users.locked", "users.locked.yes", "users.locked.no");
        search.addValueChangeListener(e -> refresh());
        organisation.addValueChangeListener(e -> refresh());
        role.addValueChangeListener(e -> refresh());
        enabled.addValueChangeListener(e -> refresh());
        locked.addValueChangeListener(e -> refresh());

        Button create = new Button(
                getTranslation("users.create"),
                e -> new UserDialog(tree, null, form -> {
                            new PasswordsShownOnce(List.of(users.create(user, form))).open();
                            Notices.success(getTranslation("users.created", form.username()));
                            refresh();
                        })
                        .open());
        create.setId("users-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button importButton = new Button(
                getTranslation("users.import"),
                e -> new ImportPreviewDialog(
                                getTranslation("users.import.title"),
                                List.of(
                                        getTranslation("users.username"),
                                        getTranslation("users.name"),
                                        getTranslation("users.organisationCode"),
                                        getTranslation("users.roles")),
                                getTranslation("users.import.hint"),
                                new ImportPreviewDialog.Importer() {
                                    @Override
                                    public cn.perftarget.workflow.admin.ImportPreview preview(
                                            String fileName, byte[] content) {
                                        return userImport.preview(user, fileName, content);
                                    }

                                    @Override
                                    public void importRows(String fileName, byte[] content, boolean validRowsOnly) {
                                        var created = userImport.importUsers(user, fileName, content, validRowsOnly);
                                        new PasswordsShownOnce(created).open();
                                        Notices.success(getTranslation("users.imported", created.size()));
                                        refresh();
                                    }
                                })
                        .open());
        importButton.setId("users-import");

        grid.setId("users-grid");
        grid.addColumn(e -> e.user().username())
                .setKey("username")
                .setHeader(getTranslation("users.username"))
                .setAutoWidth(true);
        grid.addColumn(e -> e.user().displayName())
                .setHeader(getTranslation("users.name"))
                .setAutoWidth(true);
        grid.addColumn(e -> e.user().organisation().code() + " "
                        + e.user().organisation().name())
                .setHeader(getTranslation("users.organisation"))
                .setFlexGrow(1);
        grid.addColumn(e -> e.user().roles().stream()
                        .sorted()
                        .map(r -> getTranslation(r.labelKey()))
                        .collect(Collectors.joining(getTranslation("list.separator"))))
                .setHeader(getTranslation("users.roles"))
                .setAutoWidth(true);
        grid.addColumn(this::state)
                .setKey("state")
                .setHeader(getTranslation("users.state"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::actions).setKey("actions").setAutoWidth(true);
        grid.setItems(
                q -> users.list(user, search(), q.getOffset(), q.getLimit()).stream(),
                q -> users.count(user, search()));
        grid.setHeight("60vh");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT); // organisation names readable in full

        HorizontalLayout filters =
                new HorizontalLayout(search, organisation, role, enabled, locked, create, importButton);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        add(new H2(getTranslation("users.title")), filters, grid);
        setHeightFull();
    }

    private void choice(ComboBox<Choice> box, String id, String placeholder, String yes, String no) {
        box.setId(id);
        box.setPlaceholder(getTranslation(placeholder));
        box.setItems(Arrays.asList(Choice.values()));
        box.setItemLabelGenerator(c -> switch (c) {
            case ANY -> getTranslation("users.any");
            case YES -> getTranslation(yes);
            case NO -> getTranslation(no);
        });
        box.setWidth("9em");
    }

    private static @Nullable Boolean bool(@Nullable Choice c) {
        return c == null || c == Choice.ANY ? null : c == Choice.YES;
    }

    UserSearch search() {
        OrganisationEntry org = organisation.getValue();
        return new UserSearch(
                search.getValue().isBlank() ? null : search.getValue(),
                org == null ? null : org.organisation().id(),
                role.getValue(),
                bool(enabled.getValue()),
                bool(locked.getValue()));
    }

    private String state(UserListEntry e) {
        String state = getTranslation(e.user().enabled() ? "users.enabled.yes" : "users.enabled.no");
        if (e.lockedAt(Instant.now())) {
            state += getTranslation("list.separator")
                    + getTranslation("users.lockedUntil", DateTimes.seconds(e.lockedUntil()));
        }
        if (e.mustChangePassword()) {
            state += getTranslation("list.separator") + getTranslation("users.mustChange");
        }
        return state;
    }

    private HorizontalLayout actions(UserListEntry e) {
        String name = e.user().username();
        Button edit = new Button(
                getTranslation("users.edit"),
                c -> new UserDialog(organisations.tree(user), e.user(), form -> {
                            users.edit(user, name, form);
                            Notices.success(getTranslation("users.saved", name));
                            refresh();
                        })
                        .open());
        edit.setId("edit-" + name);
        Button toggle = new Button(
                getTranslation(e.user().enabled() ? "users.disable" : "users.enable"),
                c -> run(() -> {
                    accounts.setEnabled(user, name, !e.user().enabled());
                    Notices.success(getTranslation(e.user().enabled() ? "users.disabled" : "users.enabledDone", name));
                }));
        toggle.setId("toggle-" + name);
        Button reset = new Button(
                getTranslation("users.reset"),
                c -> run(() -> new PasswordsShownOnce(List.of(users.resetPassword(user, name))).open()));
        reset.setId("reset-" + name);
        for (Button b : List.of(edit, toggle, reset)) {
            b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        }
        return new HorizontalLayout(edit, toggle, reset);
    }

    private void run(Runnable action) {
        try {
            action.run();
        } catch (WorkflowException refused) {
            Notices.error(TranslationProvider.text(refused.text()));
        }
        refresh();
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("users.page.title");
    }
}
