package cn.perftarget.domain.rules;

import java.math.BigDecimal;
import java.util.List;

/**
 * A configurable threshold or keyword list of a rule, with its default.
 *
 * @param key          stable key, stored in the settings
 * @param label        Chinese, for the settings screen and the rules reference
 * @param type         a number or a list of words
 * @param defaultValue a {@link BigDecimal} or a {@code List<String>}
 */
public record RuleParameter(String key, String label, Type type, Object defaultValue) {

    public enum Type { NUMBER, WORDS }

    public static RuleParameter number(String key, String label, String defaultValue) {
        return new RuleParameter(key, label, Type.NUMBER, new BigDecimal(defaultValue));
    }

    public static RuleParameter words(String key, String label, String... defaults) {
        return new RuleParameter(key, label, Type.WORDS, List.of(defaults));
    }

    /** The default as text: the number, or the words joined with 、. */
    public String defaultText() {
        if (type == Type.NUMBER) {
            return ((BigDecimal) defaultValue).toPlainString();
        }
        @SuppressWarnings("unchecked")
        List<String> words = (List<String>) defaultValue;
        return String.join("、", words);
    }
}
