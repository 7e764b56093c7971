package cn.perftarget.ui.review;

import cn.perftarget.domain.user.AppUser;
import cn.perftarget.workflow.approval.ApprovalService;
import cn.perftarget.workflow.read.WaitingTask;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/** 单位确认 of a 良 edit: accept it (approved) or dispute it with a comment (back to the fiscal review). */
class ConfirmationActions extends HorizontalLayout {

    ConfirmationActions(ApprovalService approvals, AppUser user, WaitingTask task, CommentComposer composer) {
        ActionRunner runner = new ActionRunner(composer);
        Button accept = new Button(
                getTranslation("review.action.accept"),
                e -> runner.run(() -> approvals.accept(user, task.id()), getTranslation("review.done.accept")));
        accept.setId("review-accept");
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        Button dispute = new Button(
                getTranslation("review.action.dispute"),
                e -> runner.run(
                        () -> approvals.dispute(
                                user, task.id(), composer.value().format()),
                        getTranslation("review.done.dispute")));
        dispute.setId("review-dispute");
        dispute.addThemeVariants(ButtonVariant.LUMO_ERROR);
        add(accept, dispute);
    }
}
