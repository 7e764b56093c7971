package cn.perftarget.ui.review;

import cn.perftarget.bpmn.Grade;
import cn.perftarget.domain.rules.validation.GradeSuggestion;
import cn.perftarget.domain.table.TargetTable;
import cn.perftarget.domain.user.AppUser;
import cn.perftarget.ui.i18n.EnumKeys;
import cn.perftarget.ui.i18n.TranslationProvider;
import cn.perftarget.workflow.approval.ApprovalService;
import cn.perftarget.workflow.read.WaitingTask;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * 财政审核: the grade 优/良/中/差 with the grade suggested from the findings preselected and its reasons shown. 良 opens
 * the in-place editor ({@code editing} is told), and the edited table goes with the grade.
 */
class FiscalActions extends VerticalLayout {

    private final RadioButtonGroup<Grade> grade = new RadioButtonGroup<>();

    FiscalActions(
            ApprovalService approvals,
            AppUser user,
            WaitingTask task,
            CommentComposer composer,
            GradeSuggestion suggestion,
            Consumer<Boolean> editing,
            Supplier<TargetTable> edited) {
        setPadding(false);
        Span suggested = new Span(getTranslation("review.grade.suggested", suggestion.grade()));
        suggested.setId("grade-suggested");
        suggested.getStyle().set("font-weight", "600");
        UnorderedList reasons = new UnorderedList();
        reasons.setId("grade-reasons");
        reasons.addClassName("grade-reasons");
        suggestion.reasons().forEach(r -> reasons.add(new ListItem(TranslationProvider.text(r))));

        grade.setId("review-grade");
        grade.setLabel(getTranslation("review.grade.label"));
        grade.setItems(Grade.values());
        grade.setItemLabelGenerator(g -> getTranslation(EnumKeys.REVIEW_GRADE.key(g)));
        grade.setValue(Grade.valueOf(suggestion.grade().name()));
        grade.addValueChangeListener(e -> editing.accept(e.getValue() == Grade.GOOD));

        ActionRunner runner = new ActionRunner(composer);
        Button submit = new Button(getTranslation("review.action.grade"), e -> {
            Grade g = grade.getValue();
            TargetTable edit = g == Grade.GOOD ? edited.get() : null;
            runner.run(
                    () -> approvals.grade(user, task.id(), g, composer.value().format(), edit),
                    g == null ? "" : getTranslation("review.done.grade", getTranslation(EnumKeys.GRADE.key(g))));
        });
        submit.setId("review-submit-grade");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(suggested, reasons, grade, submit);
        if (grade.getValue() == Grade.GOOD) {
            editing.accept(true);
        }
    }

    /** The grade chosen; null while none is. */
    @Nullable
    Grade selected() {
        return grade.getValue();
    }
}
