package cn.perftarget.domain.rules.text;

import cn.perftarget.domain.i18n.Message;
import cn.perftarget.domain.table.TargetTable;
import java.util.List;

/**
 * Small, allocation-light text helpers the rules share: comparison keys, keyword search and character-bigram overlap
 * (the word-overlap measure for Chinese, which has no spaces between words).
 */
public final class Texts {

    private Texts() {}

    /**
     * The comparison key of a text: full-width forms folded, white space and punctuation removed, so that
     * “保证工作顺利开展。” and “保证工作顺利开展” compare equal.
     */
    public static String key(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '\uFF01' && c <= '\uFF5E') {
                c = (char) (c - 0xFEE0);
            }
            if (isContent(c)) {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** Letters, digits, CJK ideographs and the symbols that carry meaning in values (% ≥ ≤ > < = . /). */
    public static boolean isContent(char c) {
        return Character.isLetterOrDigit(c)
                || c == '%'
                || c == '≥'
                || c == '≤'
                || c == '>'
                || c == '<'
                || c == '='
                || c == '.'
                || c == '/'
                || c == '+';
    }

    /** How many character bigrams of {@code a} (content characters only) also occur in {@code b}. */
    public static int sharedBigrams(String a, String b) {
        String ka = key(a);
        String kb = key(b);
        int shared = 0;
        for (int i = 0; i + 1 < ka.length(); i++) {
            char c1 = ka.charAt(i);
            char c2 = ka.charAt(i + 1);
            if (hasBigram(kb, c1, c2) && !seenBefore(ka, i, c1, c2)) {
                shared++;
            }
        }
        return shared;
    }

    /** Dice similarity of the bigram sets of two texts, 0 … 1. */
    public static double similarity(String a, String b) {
        String ka = key(a);
        String kb = key(b);
        if (ka.equals(kb)) {
            return ka.isEmpty() ? 0 : 1;
        }
        int na = distinctBigrams(ka);
        int nb = distinctBigrams(kb);
        if (na + nb == 0) {
            return 0;
        }
        return 2.0 * sharedBigrams(ka, kb) / (na + nb);
    }

    private static int distinctBigrams(String k) {
        int n = 0;
        for (int i = 0; i + 1 < k.length(); i++) {
            if (!seenBefore(k, i, k.charAt(i), k.charAt(i + 1))) {
                n++;
            }
        }
        return n;
    }

    private static boolean hasBigram(String s, char c1, char c2) {
        for (int j = 0; j + 1 < s.length(); j++) {
            if (s.charAt(j) == c1 && s.charAt(j + 1) == c2) {
                return true;
            }
        }
        return false;
    }

    private static boolean seenBefore(String s, int i, char c1, char c2) {
        for (int j = 0; j < i; j++) {
            if (s.charAt(j) == c1 && s.charAt(j + 1) == c2) {
                return true;
            }
        }
        return false;
    }

    /**
     * A text as a message quotes it (the message puts the quotation marks): on one line, shortened to {@code max}
     * characters with an ellipsis.
     */
    public static String excerpt(String s, int max) {
        String t = s == null ? "" : s.strip().replace('\n', ' ');
        if (t.length() > max) {
            t = t.substring(0, max) + "…";
        }
        return t;
    }

    /** {@link #excerpt(String, int)} at 30 characters. */
    public static String excerpt(String s) {
        return excerpt(s, 30);
    }

    /** The names of projects as a message lists them (《名称》 in Chinese), to pass as one list argument. */
    public static List<Message> projectNames(List<TargetTable> tables) {
        return tables.stream()
                .map(t -> Message.of("text.projectName", t.projectName()))
                .toList();
    }
}
