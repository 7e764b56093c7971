package cn.perftarget.ui.admin;

import cn.perftarget.domain.org.OrgKind;
import cn.perftarget.domain.org.OrganisationEntry;
import cn.perftarget.domain.user.AppUser;
import cn.perftarget.ui.component.Notices;
import cn.perftarget.ui.export.Downloads;
import cn.perftarget.ui.i18n.TranslationProvider;
import cn.perftarget.ui.security.CurrentUser;
import cn.perftarget.workflow.admin.ImportPreview;
import cn.perftarget.workflow.admin.OrganisationAdministration;
import cn.perftarget.workflow.admin.OrganisationForm;
import cn.perftarget.workflow.admin.OrganisationImport;
import cn.perftarget.workflow.error.WorkflowException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.provider.hierarchy.TreeData;
import com.vaadin.flow.data.provider.hierarchy.TreeDataProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * 组织机构 (系统管理员): the region as a tree — the bureau, its sections, under each section the departments it is
 * responsible for (a department without one directly under the bureau), under each department its units — with
 * kind, state, users and tables. On the selected organisation: 新建下级, 更名, 调整 (a unit to another department; a
 * department to another section, which moves its open fiscal reviews), 停用/启用, 删除; 导入 an agency list with a
 * preview; 导出 Excel. Ids: {@code org-tree}, {@code org-create}, {@code org-rename}, {@code org-move},
 * {@code org-toggle}, {@code org-delete}, {@code org-import}, {@code org-export}; dialog fields {@code org-code},
 * {@code org-name}, {@code org-kind}, {@code org-parent}.
 */
@Route("admin/organisation")
@Menu(order = 22, icon = "vaadin:sitemap", title = "nav.organisation")
@RolesAllowed("SYSTEM_ADMIN")
public class OrganisationView extends VerticalLayout implements HasDynamicTitle {

    private final AppUser user;
    private final OrganisationAdministration administration;
    private final TreeGrid<OrganisationEntry> tree = new TreeGrid<>();
    private List<OrganisationEntry> entries = List.of();

    public OrganisationView(
            CurrentUser currentUser, OrganisationAdministration administration, OrganisationImport organisationImport) {
        this.user = currentUser.require();
        this.administration = administration;
        tree.setId("org-tree");
        tree.addHierarchyColumn(e -> e.organisation().name())
                .setHeader(getTranslation("org.name"))
                .setWidth("24em")
                .setFlexGrow(1);
        tree.addColumn(OrganisationEntry::code)
                .setKey("code")
                .setHeader(getTranslation("org.code"))
                .setAutoWidth(true);
        tree.addColumn(e -> getTranslation(e.kind().labelKey()))
                .setHeader(getTranslation("org.kind"))
                .setAutoWidth(true);
        tree.addColumn(e -> e.kind() == OrgKind.DEPARTMENT
                        ? Objects.requireNonNullElse(e.sectionCode(), getTranslation("org.noSection"))
                        : "")
                .setKey("section")
                .setHeader(getTranslation("org.section"))
                .setAutoWidth(true);
        tree.addColumn(e -> getTranslation(e.deactivated() ? "org.deactivated" : "org.active"))
                .setKey("state")
                .setHeader(getTranslation("org.state"))
                .setAutoWidth(true);
        tree.addColumn(OrganisationEntry::users)
                .setHeader(getTranslation("org.users"))
                .setAutoWidth(true);
        tree.addColumn(OrganisationEntry::tables)
                .setHeader(getTranslation("org.tables"))
                .setAutoWidth(true);
        tree.setHeight("60vh");
        tree.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT); // long names readable in full

        Button create = button("org-create", "org.create", this::create);
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button rename = button("org-rename", "org.rename", this::rename);
        Button move = button("org-move", "org.move", this::move);
        Button toggle = button(
                "org-toggle",
                "org.toggle",
                e -> run(() -> {
                    administration.setActive(user, e.code(), e.deactivated());
                    Notices.success(
                            getTranslation(e.deactivated() ? "org.activated" : "org.deactivatedDone", e.code()));
                }));
        Button delete = button(
                "org-delete",
                "org.delete",
                e -> run(() -> {
                    administration.delete(user, e.code());
                    Notices.success(getTranslation("org.deleted", e.code()));
                }));
        Button importButton = new Button(
                getTranslation("org.import"),
                c -> new ImportPreviewDialog(
                                getTranslation("org.import.title"),
                                List.of(
                                        getTranslation("org.code"),
                                        getTranslation("org.name"),
                                        getTranslation("org.parent"),
                                        getTranslation("org.kind")),
                                getTranslation("org.import.hint"),
                                new ImportPreviewDialog.Importer() {
                                    @Override
                                    public ImportPreview preview(String fileName, byte[] content) {
                                        return organisationImport.preview(user, fileName, content);
                                    }

                                    @Override
                                    public void importRows(String fileName, byte[] content, boolean validRowsOnly) {
                                        int changed = organisationImport.importOrganisations(
                                                user, fileName, content, validRowsOnly);
                                        Notices.success(getTranslation("org.imported", changed));
                                        refresh();
                                    }
                                })
                        .open());
        importButton.setId("org-import");
        Locale locale = UI.getCurrent() == null
                ? TranslationProvider.CHINESE
                : UI.getCurrent().getLocale();
        AppUser admin = user;
        var export = Downloads.link(
                "org-export", getTranslation("org.export"), () -> organisationImport.export(admin, locale));

        HorizontalLayout actions = new HorizontalLayout(create, rename, move, toggle, delete, importButton, export);
        actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        actions.setWrap(true);
        add(new H2(getTranslation("org.title")), actions, tree);
        refresh();
    }

    private Button button(String id, String key, java.util.function.Consumer<OrganisationEntry> action) {
        Button b = new Button(getTranslation(key), e -> {
            OrganisationEntry selected = tree.asSingleSelect().getValue();
            if (selected == null) {
                Notices.error(getTranslation("org.selectFirst"));
            } else {
                action.accept(selected);
            }
        });
        b.setId(id);
        return b;
    }

    private void create(OrganisationEntry parent) {
        TextField code = field("org-code", "org.code");
        TextField name = field("org-name", "org.name");
        ComboBox<OrgKind> kind = new ComboBox<>(getTranslation("org.kind"));
        kind.setId("org-kind");
        List<OrgKind> kinds = switch (parent.kind()) {
            case BUREAU -> List.of(OrgKind.SECTION, OrgKind.DEPARTMENT);
            case SECTION -> List.of(OrgKind.DEPARTMENT);
            case DEPARTMENT -> List.of(OrgKind.UNIT);
            case UNIT -> List.of();
        };
        kind.setItems(kinds);
        kind.setItemLabelGenerator(k -> getTranslation(k.labelKey()));
        if (kinds.size() == 1) {
            kind.setValue(kinds.get(0));
        }
        new OrganisationDialog(
                        getTranslation(
                                "org.create.title",
                                parent.code() + " " + parent.organisation().name()),
                        () -> {
                            OrgKind k = kind.getValue();
                            administration.create(
                                    user,
                                    new OrganisationForm(
                                            code.getValue(),
                                            name.getValue(),
                                            k == null ? OrgKind.UNIT : k,
                                            parent.code()));
                            Notices.success(getTranslation("org.created", code.getValue()));
                            refresh();
                        },
                        code,
                        name,
                        kind)
                .open();
    }

    private void rename(OrganisationEntry entry) {
        TextField name = field("org-name", "org.name");
        name.setValue(entry.organisation().name());
        new OrganisationDialog(
                        getTranslation("org.rename.title", entry.code()),
                        () -> {
                            administration.rename(user, entry.code(), name.getValue());
                            Notices.success(getTranslation("org.renamed", entry.code()));
                            refresh();
                        },
                        name)
                .open();
    }

    /** A unit to another department, a department to another section (its open fiscal reviews follow). */
    private void move(OrganisationEntry entry) {
        OrgKind target = switch (entry.kind()) {
            case UNIT -> OrgKind.DEPARTMENT;
            case DEPARTMENT -> OrgKind.SECTION;
            default -> null;
        };
        if (target == null) {
            Notices.error(getTranslation("org.move.notPossible"));
            return;
        }
        ComboBox<OrganisationEntry> parent =
                new ComboBox<>(getTranslation(target == OrgKind.SECTION ? "org.move.section" : "org.move.department"));
        parent.setId("org-parent");
        parent.setItems(entries.stream()
                .filter(o -> o.kind() == target && !o.deactivated())
                .toList());
        parent.setItemLabelGenerator(o -> o.code() + " " + o.organisation().name());
        parent.setWidthFull();
        new OrganisationDialog(
                        getTranslation(
                                "org.move.title",
                                entry.code() + " " + entry.organisation().name()),
                        () -> {
                            OrganisationEntry to = parent.getValue();
                            String code = to == null ? "" : to.code();
                            if (target == OrgKind.SECTION) {
                                int moved = administration.assignSection(user, entry.code(), code);
                                Notices.success(getTranslation("org.sectionAssigned", entry.code(), code, moved));
                            } else {
                                administration.move(user, entry.code(), code);
                                Notices.success(getTranslation("org.moved", entry.code(), code));
                            }
                            refresh();
                        },
                        parent)
                .open();
    }

    private TextField field(String id, String label) {
        TextField f = new TextField(getTranslation(label));
        f.setId(id);
        f.setWidthFull();
        return f;
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
        entries = administration.tree(user);
        Map<Long, OrganisationEntry> byId = new HashMap<>();
        Map<String, OrganisationEntry> byCode = new HashMap<>();
        for (OrganisationEntry e : entries) {
            byId.put(e.organisation().savedId(), e);
            byCode.put(e.code(), e);
        }
        TreeData<OrganisationEntry> data = new TreeData<>();
        for (OrganisationEntry e : entries) { // bureau, sections, departments, units: parents come first
            data.addItem(treeParent(e, byId, byCode), e);
        }
        tree.setDataProvider(new TreeDataProvider<>(data));
        tree.expand(entries.stream().filter(e -> e.kind() != OrgKind.UNIT).toList());
    }

    private static @Nullable OrganisationEntry treeParent(
            OrganisationEntry e, Map<Long, OrganisationEntry> byId, Map<String, OrganisationEntry> byCode) {
        if (e.kind() == OrgKind.DEPARTMENT && e.sectionCode() != null && byCode.containsKey(e.sectionCode())) {
            return byCode.get(e.sectionCode());
        }
        Long parent = e.organisation().parentId();
        return parent == null ? null : byId.get(parent);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("org.page.title");
    }
}
