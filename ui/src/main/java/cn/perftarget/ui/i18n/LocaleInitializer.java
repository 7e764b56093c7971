package cn.perftarget.ui.i18n;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** Chinese by default whatever the browser says; the user's choice of English is kept in the session. */
@Component
class LocaleInitializer implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(e -> e.getUI().setLocale(sessionLocale()));
    }

    static Locale sessionLocale() {
        VaadinSession session = VaadinSession.getCurrent();
        Object chosen = session == null ? null : session.getAttribute(LanguageSwitch.SESSION_KEY);
        return chosen instanceof Locale l ? l : TranslationProvider.CHINESE;
    }
}
