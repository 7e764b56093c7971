package cn.perftarget.ui.rounds;

import cn.perftarget.ui.i18n.TranslationProvider;
import cn.perftarget.workflow.error.WorkflowException;
import cn.perftarget.workflow.round.BudgetRound;
import cn.perftarget.workflow.round.RoundForm;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.Locale;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * 开启轮次 (with the year) or 修改截止日 (of an existing round): 年度, 提交截止日, 审核截止日, 提前提醒（工作日）; 保存 runs the
 * workflow call, a refusal stays in the dialog ({@code round-error}) in the user's language and nothing is saved.
 * Ids: {@code round-year}, {@code round-submission}, {@code round-review}, {@code round-reminder}, {@code round-save}.
 */
class RoundDialog extends Dialog {

    private final IntegerField year = new IntegerField();
    private final DatePicker submission = new DatePicker();
    private final DatePicker review = new DatePicker();
    private final IntegerField reminder = new IntegerField();
    private final Paragraph error = new Paragraph();

    /**
     * @param existing the round whose deadlines change, null to open a new one
     * @param save     the workflow call with the form
     */
    RoundDialog(@Nullable BudgetRound existing, int suggestedYear, Locale locale, Consumer<RoundForm> save) {
        setHeaderTitle(
                existing == null
                        ? getTranslation("rounds.open.title")
                        : getTranslation("rounds.edit.title", String.valueOf(existing.fiscalYear())));
        year.setId("round-year");
        year.setLabel(getTranslation("rounds.col.year"));
        year.setValue(existing == null ? suggestedYear : existing.fiscalYear());
        year.setEnabled(existing == null);
        submission.setId("round-submission");
        submission.setLabel(getTranslation("rounds.col.submission"));
        review.setId("round-review");
        review.setLabel(getTranslation("rounds.col.review"));
        submission.setLocale(locale);
        review.setLocale(locale);
        reminder.setId("round-reminder");
        reminder.setLabel(getTranslation("rounds.col.reminder"));
        reminder.setHelperText(getTranslation("rounds.reminder.help"));
        reminder.setMin(1);
        reminder.setMax(30);
        reminder.setValue(existing == null ? RoundForm.DEFAULT_REMINDER_DAYS : existing.reminderWorkingDays());
        if (existing != null) {
            submission.setValue(existing.submissionDeadline());
            review.setValue(existing.reviewDeadline());
        }
        error.setId("round-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        add(new FormLayout(year, submission, review, reminder), error);
        Button ok = new Button(getTranslation("admin.save"), e -> {
            try {
                save.accept(
                        new RoundForm(year.getValue(), submission.getValue(), review.getValue(), reminder.getValue()));
                close();
            } catch (WorkflowException refused) {
                error.setText(TranslationProvider.text(refused.text()));
            }
        });
        ok.setId("round-save");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("admin.cancel"), e -> close()), ok);
        setWidth("560px");
    }
}
