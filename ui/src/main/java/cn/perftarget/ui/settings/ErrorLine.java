package cn.perftarget.ui.settings;

import cn.perftarget.ui.i18n.TranslationProvider;
import cn.perftarget.workflow.error.WorkflowException;
import com.vaadin.flow.component.html.Paragraph;

/** The refusal of a tab's last action, in the user's language (empty and hidden when the action went through). */
final class ErrorLine extends Paragraph {

    ErrorLine(String id) {
        setId(id);
        getStyle().set("color", "var(--lumo-error-text-color)");
        clear();
    }

    void show(WorkflowException refused) {
        setText(TranslationProvider.text(refused.text()));
        setVisible(true);
    }

    void clear() {
        setText("");
        setVisible(false);
    }

    /** Runs the action; a refusal is shown here and nothing else happens. */
    boolean run(Runnable action) {
        try {
            action.run();
            clear();
            return true;
        } catch (WorkflowException refused) {
            show(refused);
            return false;
        }
    }
}
