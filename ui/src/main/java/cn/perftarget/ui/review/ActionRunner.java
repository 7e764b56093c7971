package cn.perftarget.ui.review;

import cn.perftarget.domain.i18n.Message;
import cn.perftarget.ui.i18n.TranslationProvider;
import cn.perftarget.ui.inbox.InboxView;
import cn.perftarget.workflow.error.InvalidInputException;
import cn.perftarget.workflow.error.ValidationFailedException;
import cn.perftarget.workflow.error.WorkflowException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Runs a workflow action from a screen: on success tells the user and goes to the inbox; when the server refuses,
 * shows why in the user's language (a refused comment also on the comment field) and nothing has changed.
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
            if (composer != null && e.input() == InvalidInputException.Input.COMMENT) {
                composer.showError(TranslationProvider.text(e.text()));
            }
            error(TranslationProvider.text(e.text()));
            return false;
        } catch (ValidationFailedException e) {
            error(TranslationProvider.text(e.text()) + "\n"
                    + e.errors().stream()
                            .map(f -> TranslationProvider.text(
                                    Message.of("review.finding", f.location().describe(), f.message())))
                            .collect(Collectors.joining("\n")));
            return false;
        } catch (WorkflowException e) {
            error(TranslationProvider.text(e.text()));
            return false;
        }
        Notification ok = Notification.show(doneMessage, 4000, Notification.Position.TOP_CENTER);
        ok.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        UI.getCurrent().navigate(InboxView.class);
        return true;
    }

    /** Runs an action that stays on the screen (e.g. 认领); true when it was done. */
    static boolean attempt(Supplier<?> action) {
        try {
            action.get();
            return true;
        } catch (WorkflowException e) {
            error(TranslationProvider.text(e.text()));
            return false;
        }
    }

    static void error(String message) {
        Notification n = Notification.show(message, 6000, Notification.Position.TOP_CENTER);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
