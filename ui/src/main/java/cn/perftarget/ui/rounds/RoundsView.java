package cn.perftarget.ui.rounds;

import cn.perftarget.domain.time.BeijingTime;
import cn.perftarget.domain.user.AppUser;
import cn.perftarget.ui.component.Notices;
import cn.perftarget.ui.format.DateTimes;
import cn.perftarget.ui.i18n.TranslationProvider;
import cn.perftarget.ui.security.CurrentUser;
import cn.perftarget.workflow.error.WorkflowException;
import cn.perftarget.workflow.round.BudgetRound;
import cn.perftarget.workflow.round.BudgetRounds;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * 预算编制轮次 (系统管理员): the rounds of the administrator's region with state, deadlines and the reminder's working
 * days; 开启轮次 (year, 提交截止日, 审核截止日, 提前提醒), 修改截止日 and 结束 (after a confirmation) of an open round. Every
 * change is checked by the service (review deadline not before submission deadline, one open round per year) and
 * written to the security log. Ids: {@code rounds-grid}, {@code rounds-open}, {@code edit-round-<id>},
 * {@code close-round-<id>}, the confirmation {@code round-close-confirm}.
 */
@Route("admin/rounds")
@Menu(order = 22.5, icon = "vaadin:calendar-clock", title = "nav.rounds")
@RolesAllowed("SYSTEM_ADMIN")
public class RoundsView extends VerticalLayout implements HasDynamicTitle {

    private final AppUser user;
    private final BudgetRounds rounds;
    private final Grid<BudgetRound> grid = new Grid<>();
    private final Locale locale;

    public RoundsView(CurrentUser currentUser, BudgetRounds rounds) {
        this.user = currentUser.require();
        this.rounds = rounds;
        this.locale = UI.getCurrent() == null
                ? TranslationProvider.CHINESE
                : UI.getCurrent().getLocale();
        grid.setId("rounds-grid");
        grid.addColumn(BudgetRound::fiscalYear)
                .setKey("year")
                .setHeader(getTranslation("rounds.col.year"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(r -> getTranslation(r.state().labelKey()))
                .setKey("state")
                .setHeader(getTranslation("rounds.col.state"))
                .setAutoWidth(true);
        grid.addColumn(r -> r.submissionDeadline().toString())
                .setKey("submission")
                .setHeader(getTranslation("rounds.col.submission"))
                .setAutoWidth(true);
        grid.addColumn(r -> r.reviewDeadline().toString())
                .setKey("review")
                .setHeader(getTranslation("rounds.col.review"))
                .setAutoWidth(true);
        grid.addColumn(BudgetRound::reminderWorkingDays)
                .setKey("reminder")
                .setHeader(getTranslation("rounds.col.reminder"))
                .setAutoWidth(true);
        grid.addColumn(r -> r.openedBy() + " " + DateTimes.minutes(r.openedAt()))
                .setKey("opened")
                .setHeader(getTranslation("rounds.col.opened"))
                .setAutoWidth(true);
        grid.addColumn(r -> r.closedBy() == null
                        ? ""
                        : r.closedBy() + " " + DateTimes.minutes(Objects.requireNonNull(r.closedAt())))
                .setKey("closed")
                .setHeader(getTranslation("rounds.col.closed"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::actions)
                .setKey("actions")
                .setHeader(getTranslation("rounds.col.actions"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.setAllRowsVisible(true);

        Button open = new Button(getTranslation("rounds.open"), e -> openRound());
        open.setId("rounds-open");
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Paragraph hint = new Paragraph(getTranslation("rounds.hint"));
        add(new H2(getTranslation("rounds.title")), hint, open, grid);
        refresh();
    }

    private Component actions(BudgetRound round) {
        HorizontalLayout box = new HorizontalLayout();
        box.setSpacing(false);
        if (round.open()) {
            Button edit = new Button(getTranslation("rounds.edit"), e -> edit(round));
            edit.setId("edit-round-" + round.id());
            edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            Button close = new Button(getTranslation("rounds.close"), e -> confirmClose(round));
            close.setId("close-round-" + round.id());
            close.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            box.add(edit, close);
        }
        return box;
    }

    private void openRound() {
        List<BudgetRound> existing = rounds.list(user);
        int suggested = existing.stream().mapToInt(BudgetRound::fiscalYear).max().stream()
                .map(y -> y + 1)
                .findFirst()
                .orElse(BeijingTime.today().getYear() + 1);
        new RoundDialog(null, suggested, locale, form -> {
                    BudgetRound opened = rounds.open(user, form);
                    Notices.success(getTranslation("rounds.opened", String.valueOf(opened.fiscalYear())));
                    refresh();
                })
                .open();
    }

    private void edit(BudgetRound round) {
        new RoundDialog(round, round.fiscalYear(), locale, form -> {
                    rounds.changeDeadlines(user, round.id(), form);
                    Notices.success(getTranslation("rounds.changed", String.valueOf(round.fiscalYear())));
                    refresh();
                })
                .open();
    }

    private void confirmClose(BudgetRound round) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("round-close-confirm");
        dialog.setHeader(getTranslation("rounds.close.title", String.valueOf(round.fiscalYear())));
        dialog.setText(getTranslation("rounds.close.text", String.valueOf(round.fiscalYear())));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("admin.cancel"));
        dialog.setConfirmText(getTranslation("rounds.close"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> {
            try {
                rounds.close(user, round.id());
                Notices.success(getTranslation("rounds.closed", String.valueOf(round.fiscalYear())));
            } catch (WorkflowException refused) {
                Notices.error(TranslationProvider.text(refused.text()));
            }
            refresh();
        });
        dialog.open();
    }

    private void refresh() {
        grid.setItems(rounds.list(user));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("rounds.page.title");
    }
}
