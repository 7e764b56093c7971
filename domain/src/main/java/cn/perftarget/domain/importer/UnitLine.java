package cn.perftarget.domain.importer;

import java.util.Optional;

/**
 * The line above a table naming its unit: {@code 438001唐山市路南区数据和行政审批局本级} — six digits (not seven), then
 * the name, white space around either ignored. Read by hand rather than with a regular expression: the expression it
 * replaces ({@code ^\s*(\d{6})(?!\d)\s*(\S.*?)?\s*$}) took quadratic time on a long run of spaces inside the name.
 */
record UnitLine(String code, String name) {

    private static final int CODE_LENGTH = 6;

    static Optional<UnitLine> parse(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        int codeEnd = start + CODE_LENGTH;
        if (codeEnd > end) {
            return Optional.empty();
        }
        for (int i = start; i < codeEnd; i++) {
            if (!isDigit(text.charAt(i))) {
                return Optional.empty();
            }
        }
        if (codeEnd < end && isDigit(text.charAt(codeEnd))) {
            return Optional.empty();
        }
        int nameStart = codeEnd;
        while (nameStart < end && isSpace(text.charAt(nameStart))) {
            nameStart++;
        }
        for (int i = nameStart; i < end; i++) {
            char c = text.charAt(i);
            if (c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return Optional.empty(); // a line break inside: not one line naming a unit
            }
        }
        return Optional.of(new UnitLine(text.substring(start, codeEnd), text.substring(nameStart, end)));
    }

    /** What {@code \s} means in a Java regular expression: [ \t\n\x0B\f\r] */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** What {@code \d} means: ASCII digits only */
    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
