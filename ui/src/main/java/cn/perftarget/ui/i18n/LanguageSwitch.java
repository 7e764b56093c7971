package cn.perftarget.ui.i18n;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;

/** A button that switches between 中文 and English for this session. */
public class LanguageSwitch extends Button {

    static final String SESSION_KEY = "perftarget.locale";

    public LanguageSwitch() {
        addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        setId("language-switch");
        Locale current = UI.getCurrent() == null
                ? TranslationProvider.CHINESE
                : UI.getCurrent().getLocale();
        boolean english = TranslationProvider.ENGLISH.getLanguage().equals(current.getLanguage());
        setText(english ? "中文" : "English");
        addClickListener(e -> {
            Locale next = english ? TranslationProvider.CHINESE : TranslationProvider.ENGLISH;
            VaadinSession.getCurrent().setAttribute(SESSION_KEY, next);
            UI.getCurrent().setLocale(next);
            UI.getCurrent().getPage().reload();
        });
    }
}
