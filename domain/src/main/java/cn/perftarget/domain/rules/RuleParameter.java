package cn.perftarget.domain.rules;

import cn.perftarget.domain.i18n.Message;
import java.math.BigDecimal;
import java.util.List;

/**
 * A configurable threshold or keyword list of a rule, with its default. Keyword lists are words the rule looks for in
 * Chinese tables: data, not texts for people.
 *
 * @param key          stable key, stored in the settings
 * @param label        for the settings screen and the rules reference ({@code rule.R04.param.minLength})
 * @param type         a number or a list of words
 * @param defaultValue a {@link BigDecimal} or a {@code List<String>}
 */
public record RuleParameter(String key, Message label, Type type, Object defaultValue) {

    public enum Type {
        NUMBER,
        WORDS
    }

    public static RuleParameter number(String key, String labelKey, String defaultValue) {
        return new RuleParameter(key, Message.of(labelKey), Type.NUMBER, new BigDecimal(defaultValue));
    }

    public static RuleParameter words(String key, String labelKey, String... defaults) {
        return new RuleParameter(key, Message.of(labelKey), Type.WORDS, List.of(defaults));
    }

    /** The default as a message argument: the number as written, or the list of words. */
    public Object defaultArgument() {
        if (type == Type.NUMBER) {
            return ((BigDecimal) defaultValue).toPlainString();
        }
        return defaultValue;
    }
}
