package cn.perftarget.ui.admin;

import cn.perftarget.workflow.admin.CreatedAccount;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;

/**
 * The initial (or reset) passwords, shown once: the administrator gives each to its user, who must change it at the
 * first sign-in. Ids: {@code initial-passwords} (the grid), {@code initial-passwords-close}.
 */
class PasswordsShownOnce extends Dialog {

    PasswordsShownOnce(List<CreatedAccount> accounts) {
        setHeaderTitle(getTranslation("users.passwords.title"));
        Grid<CreatedAccount> grid = new Grid<>();
        grid.setId("initial-passwords");
        grid.addColumn(CreatedAccount::username)
                .setHeader(getTranslation("users.username"))
                .setAutoWidth(true);
        grid.addColumn(CreatedAccount::displayName)
                .setHeader(getTranslation("users.name"))
                .setAutoWidth(true);
        grid.addColumn(CreatedAccount::initialPassword)
                .setHeader(getTranslation("users.passwords.password"))
                .setAutoWidth(true);
        grid.setItems(accounts);
        grid.setAllRowsVisible(true);
        add(new Paragraph(getTranslation("users.passwords.hint")), grid);
        Button close = new Button(getTranslation("users.passwords.close"), e -> close());
        close.setId("initial-passwords-close");
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(close);
        setWidth("640px");
    }
}
