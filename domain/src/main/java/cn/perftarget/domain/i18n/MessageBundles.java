package cn.perftarget.domain.i18n;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Renders {@link Message}s from plain {@link ResourceBundle}s: Chinese ({@code zh_CN}, the default for every
 * language we do not speak) and English. Each module brings its own bundle ({@code i18n/domain} here,
 * {@code i18n/workflow}, the ui's {@code i18n/messages}); a renderer looks a key up in its bundles in order.
 * A missing key renders as {@code !key}, so it shows on the screen and in tests instead of failing the action.
 */
public final class MessageBundles {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;
    /** The domain's bundle: rules, findings, fields, statuses, importer problems. */
    public static final String DOMAIN = "i18n/domain";
    /** The separator of a list argument: 、 in Chinese, a comma in English. */
    public static final String LIST_SEPARATOR = "list.separator";

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private static final MessageBundles DOMAIN_ONLY = new MessageBundles(DOMAIN);

    private final List<String> baseNames;

    /** @param baseNames bundle base names, looked up in this order */
    public MessageBundles(String... baseNames) {
        if (baseNames.length == 0) {
            throw new IllegalArgumentException("at least one bundle");
        }
        this.baseNames = List.of(baseNames);
    }

    /** The domain's texts alone (the command line, the domain's own exceptions). */
    public static MessageBundles domain() {
        return DOMAIN_ONLY;
    }

    /** These bundles first, then {@code more}. */
    public MessageBundles then(String... more) {
        List<String> all = new ArrayList<>(baseNames);
        all.addAll(Arrays.asList(more));
        return new MessageBundles(all.toArray(String[]::new));
    }

    public List<String> baseNames() {
        return baseNames;
    }

    /** English for English, Chinese for everything else. */
    public static Locale supported(Locale locale) {
        return locale != null && ENGLISH.getLanguage().equals(locale.getLanguage()) ? ENGLISH : CHINESE;
    }

    /** The message in the language of {@code locale}. */
    public String render(Message message, Locale locale) {
        return text(message.key(), locale, message.argArray());
    }

    /** The message in Chinese (logs, exception messages, the default). */
    public String chinese(Message message) {
        return render(message, CHINESE);
    }

    /**
     * The text under {@code key} with its arguments; {@code !key} when no bundle has it. Arguments that are
     * {@link Message}s or {@link Labelled} are rendered in the same language first; a {@link List} argument is
     * rendered element by element and joined with the language's {@link #LIST_SEPARATOR} (项目A、项目B). Without
     * arguments the pattern is returned as written (no {@link MessageFormat} quoting applies).
     */
    public String text(String key, Locale locale, Object... args) {
        Locale l = supported(locale);
        Optional<String> pattern = pattern(key, l);
        if (pattern.isEmpty()) {
            return "!" + key;
        }
        if (args == null || args.length == 0) {
            return pattern.get();
        }
        Object[] rendered = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            rendered[i] = renderArgument(args[i], l);
        }
        return new MessageFormat(pattern.get(), l).format(rendered);
    }

    private Object renderArgument(Object arg, Locale locale) {
        if (arg instanceof Message m) {
            return render(m, locale);
        }
        if (arg instanceof Labelled labelled) {
            return text(labelled.labelKey(), locale);
        }
        if (arg instanceof List<?> list) {
            String separator = text(LIST_SEPARATOR, locale);
            StringBuilder b = new StringBuilder();
            for (Object element : list) {
                if (!b.isEmpty()) {
                    b.append(separator);
                }
                b.append(renderArgument(element, locale));
            }
            return b.toString();
        }
        return arg;
    }

    /** The pattern of {@code key} in the first bundle that has it. */
    public Optional<String> pattern(String key, Locale locale) {
        for (String base : baseNames) {
            ResourceBundle bundle = bundle(base, locale);
            if (bundle != null && bundle.containsKey(key)) {
                return Optional.of(bundle.getString(key));
            }
        }
        return Optional.empty();
    }

    /** Every key of these bundles in one language. */
    public Set<String> keys(Locale locale) {
        Set<String> keys = new LinkedHashSet<>();
        for (String base : baseNames) {
            ResourceBundle bundle = bundle(base, supported(locale));
            if (bundle != null) {
                keys.addAll(bundle.keySet());
            }
        }
        return keys;
    }

    /** One bundle exactly in {@code locale} (its own file, no fallback to the JVM's locale); null when absent. */
    public static @Nullable ResourceBundle bundle(String baseName, Locale locale) {
        try {
            return ResourceBundle.getBundle(
                    baseName, supported(locale), MessageBundles.class.getClassLoader(), NO_FALLBACK);
        } catch (MissingResourceException e) {
            return null;
        }
    }
}
