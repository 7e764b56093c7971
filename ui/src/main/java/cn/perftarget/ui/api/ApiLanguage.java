package cn.perftarget.ui.api;

import cn.perftarget.domain.i18n.Message;
import cn.perftarget.ui.i18n.TranslationProvider;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The caller's language from {@code Accept-Language}: English when it prefers English, Chinese otherwise. */
public final class ApiLanguage {

    private ApiLanguage() {}

    public static Locale of(@Nullable HttpServletRequest request) {
        String header = request == null ? null : request.getHeader("Accept-Language");
        if (header == null || header.isBlank()) {
            return TranslationProvider.CHINESE;
        }
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
                String tag = range.getRange().toLowerCase(Locale.ROOT);
                if (tag.startsWith("zh")) {
                    return TranslationProvider.CHINESE;
                }
                if (tag.startsWith("en")) {
                    return TranslationProvider.ENGLISH;
                }
            }
        } catch (IllegalArgumentException e) {
            return TranslationProvider.CHINESE;
        }
        return TranslationProvider.CHINESE;
    }

    public static String render(Message message, Locale locale) {
        return TranslationProvider.BUNDLES.render(message, locale);
    }

    public static String text(String key, Locale locale, Object... args) {
        return TranslationProvider.BUNDLES.text(key, locale, args);
    }
}
