package cn.perftarget.ui.review;

import cn.perftarget.domain.i18n.Message;
import cn.perftarget.ui.i18n.TranslationProvider;
import cn.perftarget.workflow.approval.InvalidInputException;
import cn.perftarget.workflow.approval.ValidationFailedException;
import cn.perftarget.workflow.approval.WorkflowException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Runs a workflow action from a screen: on success tells the user and goes to the inbox; when the server refuses,
 * shows its Chinese message (a missing comment also on the comment field) and nothing has changed.
 */
final class ActionRunner {

    private final CommentComposer composer;

    ActionRunner(CommentComposer composer) {
        this.composer = composer;
    }

    boolean run(Supplier<?> action, String doneMessage) {
        try {
            action.get();
        } catch (InvalidInputException e) {
            if (composer != null && e.getMessage().contains("意见")) {
                composer.showError(e.getMessage());
            }
            error(e.getMessage());
            return false;
        } catch (ValidationFailedException e) {
            error(e.getMessage() + "\n" + e.errors().stream().map(f -> TranslationProvider.text(
                            Message.of("review.finding", f.location().describe(), f.message())))
                    .collect(Collectors.joining("\n")));
            return false;
        } catch (WorkflowException e) {
            error(e.getMessage());
            return false;
        }
        Notification ok = Notification.show(doneMessage, 4000, Notification.Position.TOP_CENTER);
        ok.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        UI.getCurrent().navigate("inbox");
        return true;
    }

    /** Runs an action that stays on the screen (e.g. 认领); true when it was done. */
    static boolean attempt(Supplier<?> action) {
        try {
            action.get();
            return true;
        } catch (WorkflowException e) {
            error(e.getMessage());
            return false;
        }
    }

    static void error(String message) {
        Notification n = Notification.show(message, 6000, Notification.Position.TOP_CENTER);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
