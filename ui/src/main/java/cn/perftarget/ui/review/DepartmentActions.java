package cn.perftarget.ui.review;

import cn.perftarget.domain.user.AppUser;
import cn.perftarget.workflow.approval.ApprovalService;
import cn.perftarget.workflow.read.WaitingTask;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/** 主管部门审核: 通过 (comment optional) or 退回 (comment mandatory; the server refuses a blank one). */
class DepartmentActions extends HorizontalLayout {

    DepartmentActions(ApprovalService approvals, AppUser user, WaitingTask task, CommentComposer composer) {
        ActionRunner runner = new ActionRunner(composer);
        Button pass = new Button(
                getTranslation("review.action.pass"),
                e -> runner.run(
                        () -> approvals.pass(user, task.id(), composer.value().format()),
                        getTranslation("review.done.pass")));
        pass.setId("review-pass");
        pass.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        Button ret = new Button(
                getTranslation("review.action.return"),
                e -> runner.run(
                        () -> approvals.returnToUnit(
                                user, task.id(), composer.value().format()),
                        getTranslation("review.done.return")));
        ret.setId("review-return");
        ret.addThemeVariants(ButtonVariant.LUMO_ERROR);
        add(pass, ret);
    }
}
