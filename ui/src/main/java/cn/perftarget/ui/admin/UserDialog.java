package cn.perftarget.ui.admin;

import cn.perftarget.domain.org.OrganisationEntry;
import cn.perftarget.domain.user.AppUser;
import cn.perftarget.domain.user.Role;
import cn.perftarget.ui.i18n.TranslationProvider;
import cn.perftarget.workflow.account.AccountAdministration;
import cn.perftarget.workflow.admin.AccountForm;
import cn.perftarget.workflow.error.WorkflowException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * 新建用户 / 编辑用户: username (fixed on an edit), name, organisation of the region, table roles. A refusal is shown
 * in the dialog ({@code user-error}) and nothing is saved. Ids: {@code user-username}, {@code user-name},
 * {@code user-organisation}, {@code user-roles}, {@code user-save}.
 */
class UserDialog extends Dialog {

    final TextField username = new TextField();
    final TextField name = new TextField();
    final ComboBox<OrganisationEntry> organisation = new ComboBox<>();
    final CheckboxGroup<Role> roles = new CheckboxGroup<>();
    private final Paragraph error = new Paragraph();

    /** @param save the workflow call; throws its refusal */
    UserDialog(List<OrganisationEntry> organisations, @Nullable AppUser editing, Consumer<AccountForm> save) {
        setHeaderTitle(getTranslation(editing == null ? "users.create" : "users.edit"));
        username.setLabel(getTranslation("users.username"));
        username.setId("user-username");
        name.setLabel(getTranslation("users.name"));
        name.setId("user-name");
        organisation.setLabel(getTranslation("users.organisation"));
        organisation.setId("user-organisation");
        organisation.setItems(organisations.stream()
                .filter(o -> !o.deactivated())
                .sorted(Comparator.comparing(OrganisationEntry::code))
                .toList());
        organisation.setItemLabelGenerator(
                o -> o.code() + " " + o.organisation().name());
        organisation.setWidthFull();
        roles.setLabel(getTranslation("users.roles"));
        roles.setId("user-roles");
        roles.setItems(AccountAdministration.TABLE_ROLES.stream().sorted().toList());
        roles.setItemLabelGenerator(r -> getTranslation(r.labelKey()));
        error.setId("user-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        if (editing != null) {
            username.setValue(editing.username());
            username.setReadOnly(true);
            name.setValue(editing.displayName());
            organisations.stream()
                    .filter(o -> Objects.equals(
                            o.organisation().id(), editing.organisation().id()))
                    .findFirst()
                    .ifPresent(organisation::setValue);
            roles.setValue(editing.roles());
        }
        FormLayout form = new FormLayout(username, name, organisation, roles);
        form.setColspan(organisation, 2);
        form.setColspan(roles, 2);
        add(form, error);
        Button ok = new Button(getTranslation("admin.save"), e -> {
            OrganisationEntry org = organisation.getValue();
            try {
                save.accept(new AccountForm(
                        username.getValue(),
                        name.getValue(),
                        org == null ? "" : org.code(),
                        Set.copyOf(roles.getValue())));
                close();
            } catch (WorkflowException refused) {
                error.setText(TranslationProvider.text(refused.text()));
            }
        });
        ok.setId("user-save");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("admin.cancel"), e -> close()), ok);
        setWidth("560px");
    }
}
