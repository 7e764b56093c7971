package cn.perftarget.ui.i18n;

import cn.perftarget.domain.i18n.Message;
import cn.perftarget.domain.i18n.MessageBundles;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Every text on the screen comes from the bundles: the ui's {@code i18n/messages}, then the workflow's
 * {@code i18n/workflow} (refusals, notifications, steps) and the domain's {@code i18n/domain} (findings, fields,
 * statuses), each in Chinese ({@code _zh_CN}, the default) and English ({@code _en}). No fallback to the JVM's
 * locale: a locale we do not speak gets Chinese. A {@link Message} passed as a parameter is rendered too, so
 * {@code getTranslation(key, finding.message())} works, and {@link #text(Message)} renders one for the current UI.
 */
@Component
public class TranslationProvider implements I18NProvider {

    public static final Locale CHINESE = MessageBundles.CHINESE;
    public static final Locale ENGLISH = MessageBundles.ENGLISH;
    /** The bundles of every module, ui first. */
    public static final MessageBundles BUNDLES =
            new MessageBundles("i18n/messages", "i18n/workflow", MessageBundles.DOMAIN);

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(CHINESE, ENGLISH);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return BUNDLES.text(key, locale, params);
    }

    /** A message in the current UI's language (Chinese outside a UI). */
    public static String text(Message message) {
        return BUNDLES.render(message, currentLocale());
    }

    /** A text of the bundles in the current UI's language, for code outside a component. */
    public static String text(String key, Object... args) {
        return BUNDLES.text(key, currentLocale(), args);
    }

    private static Locale currentLocale() {
        UI ui = UI.getCurrent();
        return ui == null ? CHINESE : ui.getLocale();
    }
}
