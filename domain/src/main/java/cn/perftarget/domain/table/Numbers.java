package cn.perftarget.domain.table;

import java.math.BigDecimal;
import java.util.Optional;

/** Number reading shared by the cells: full-width digits, spaces and thousands separators tolerated. */
public final class Numbers {

    /** The longest text read as a number. */
    private static final int MAX_LENGTH = 60;

    private Numbers() {}

    /** Folds full-width ASCII forms (０-９, ．, ％, ＞ …) to their half-width twins and the ideographic space to a space. */
    public static String halfWidth(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '\uFF01' && c <= '\uFF5E') {
                b.append((char) (c - 0xFEE0));
            } else if (c == '\u3000' || c == '\u00A0') {
                b.append(' ');
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** A plain decimal number, or empty. */
    public static Optional<BigDecimal> parseDecimal(String text) {
        String t = halfWidth(text).replace(",", "").replace(" ", "").trim();
        // no amount or share has more; BigDecimal reads a long number in quadratic time
        if (t.isEmpty() || t.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        try {
            return Optional.of(new BigDecimal(t));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
