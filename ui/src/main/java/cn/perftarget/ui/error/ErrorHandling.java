package cn.perftarget.ui.error;

import cn.perftarget.domain.i18n.MessageBundles;
import cn.perftarget.ui.component.Notices;
import cn.perftarget.ui.i18n.TranslationProvider;
import cn.perftarget.workflow.error.DatabaseOutage;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Vaadin's own messages in the user's language: an exception in a click or a change (logged with an incident
 * number, the user told in one sentence; when the database cannot be reached, {@code error.unavailable} —
 * 数据库暂时不可用，请稍后重试 — and no incident), an expired session (straight to the login page, which says so), an
 * internal error.
 */
@Component
class ErrorHandling implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(ErrorHandling.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().setSystemMessagesProvider(info -> messages(info.getLocale()));
        event.getSource()
                .addSessionInitListener(session -> session.getSession().setErrorHandler(error -> {
                    if (DatabaseOutage.isCause(error.getThrowable())) {
                        // the database is restarting or unreachable: say so, no incident; the screen keeps its input
                        log.warn(
                                "database unavailable: {}", error.getThrowable().toString());
                        if (UI.getCurrent() != null) {
                            Notices.error(TranslationProvider.text("error.unavailable"));
                        }
                        return;
                    }
                    String incident = UnexpectedErrorView.incident();
                    log.error("unexpected error (incident {})", incident, error.getThrowable());
                    if (UI.getCurrent() != null) {
                        Notices.error(TranslationProvider.text("error.unexpected", incident));
                    }
                }));
    }

    private static CustomizedSystemMessages messages(Locale locale) {
        CustomizedSystemMessages messages = new CustomizedSystemMessages();
        messages.setSessionExpiredNotificationEnabled(false);
        messages.setSessionExpiredURL("login?expired");
        messages.setInternalErrorCaption(text("error.title", locale));
        messages.setInternalErrorMessage(text("error.hint", locale));
        messages.setCookiesDisabledCaption(text("error.cookies.title", locale));
        messages.setCookiesDisabledMessage(text("error.cookies.hint", locale));
        return messages;
    }

    private static String text(String key, Locale locale) {
        return TranslationProvider.BUNDLES.text(key, MessageBundles.supported(locale));
    }
}
