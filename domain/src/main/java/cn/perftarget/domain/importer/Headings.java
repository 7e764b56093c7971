package cn.perftarget.domain.importer;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Heading lines of the document: Word's bookmark and TOC-field debris removed, and the year they name. */
final class Headings {

    /** A bookmark left in the text: {@code [bookmark: _Toc123]}, removed by {@link #withoutBookmarks}. */
    private static final String BOOKMARK = "[bookmark:";

    /**
     * A Word TOC entry field left in the text: {@code 一、总体绩效目标 TC 总体绩效目标 \f A \l 1 }: from the white
     * space before {@code TC} to the end. A match starts only at the first of a run of white space and takes the run
     * whole, never giving any back: a long run of spaces without TC is scanned once, not once per space (quadratic).
     */
    private static final Pattern TOC_FIELD = Pattern.compile("(?<!\\s)\\s++TC\\s.*", Pattern.DOTALL);

    private static final Pattern YEAR = Pattern.compile("(20\\d{2})\\s*年");
    private static final Pattern SENTENCE = Pattern.compile("[，。；;,]");
    private static final Pattern NUMBERED_TITLE = Pattern.compile("^\\d+[.、．]");
    private static final int MAX_HEADING_LENGTH = 50;

    private Headings() {}

    /** The line without bookmarks and TOC fields, trimmed. */
    static String clean(String line) {
        return TOC_FIELD.matcher(withoutBookmarks(line)).replaceAll("").strip();
    }

    /**
     * The line without its bookmarks: each {@code [bookmark:} up to the first {@code ]} after it, as the expression
     * {@code \[bookmark:[^]]*]} removes them — read by hand, because that expression scanned to the end of the line
     * from every {@code [bookmark:} without a {@code ]} after it (quadratic).
     */
    static String withoutBookmarks(String line) {
        int at = line.indexOf(BOOKMARK);
        if (at < 0) {
            return line;
        }
        StringBuilder out = new StringBuilder(line.length());
        int from = 0;
        while (at >= 0) {
            int end = line.indexOf(']', at + BOOKMARK.length());
            if (end < 0) {
                break; // no ] after it, hence none after a later one either
            }
            out.append(line, from, at);
            from = end + 1;
            at = line.indexOf(BOOKMARK, from);
        }
        return out.append(line, from, line.length()).toString();
    }

    /**
     * The year a heading names, e.g. {@code 三、2021年部门预算绩效信息} or {@code 2020年部门预算绩效信息}:
     * a short line about the budget (预算/绩效), not a sentence and not a table's own title.
     */
    static Optional<Integer> year(String line) {
        if (line.startsWith("\t") || line.isBlank()) {
            return Optional.empty();
        }
        String h = clean(line);
        if (h.length() > MAX_HEADING_LENGTH
                || SENTENCE.matcher(h).find()
                || NUMBERED_TITLE.matcher(h).find()
                || h.endsWith("表")
                || !(h.contains("预算") || h.contains("绩效"))) {
            return Optional.empty();
        }
        Matcher m = YEAR.matcher(h);
        return m.find() ? Optional.of(Integer.valueOf(m.group(1))) : Optional.empty();
    }

    /**
     * For every 0-based line index, the year of the last year heading above it (null: none), read in one pass over
     * the text; index {@code src.size()} is the end.
     */
    static @Nullable Integer[] yearsAbove(SourceText src) {
        Integer[] years = new Integer[src.size() + 1];
        Integer year = null;
        for (int i = 0; i < src.size(); i++) {
            years[i] = year;
            Optional<Integer> y = year(src.line(i));
            if (y.isPresent()) {
                year = y.get();
            }
        }
        years[src.size()] = year;
        return years;
    }
}
