package cn.perftarget.domain.i18n;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A text for people, not yet in a language: a key of the message bundles and its arguments. The screen, the CLI or
 * a log renders it in the reader's language with {@link MessageBundles}. Arguments are data (a cell as written, a
 * count, a code) or other texts: a {@link Message} or a {@link Labelled} value is rendered in the same language
 * first, a {@link List} (immutable) element by element, joined as the language joins lists. Numbers are formatted
 * with grouping ({@code 1,234}): pass years, codes and line numbers as strings. No argument is null.
 *
 * @param key  e.g. {@code rule.R22.noUnit}
 * @param args the values of the pattern's {@code {0}}, {@code {1}} …
 */
public record Message(String key, List<Object> args) {

    public Message {
        Objects.requireNonNull(key, "key");
        args = Collections.unmodifiableList(new ArrayList<>(args)); // null arguments allowed: they render as "null"
    }

    public static Message of(String key, Object... args) {
        return new Message(key, Arrays.asList(args));
    }

    /** The arguments as an array, as {@link java.text.MessageFormat} takes them. */
    public Object[] argArray() {
        return args.toArray();
    }

    @Override
    public String toString() {
        return args.isEmpty() ? key : key + args;
    }
}
