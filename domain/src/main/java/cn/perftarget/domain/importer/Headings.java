package cn.perftarget.domain.importer;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Heading lines of the document: Word's bookmark and TOC-field debris removed, and the year they name. */
final class Headings {

    private static final Pattern BOOKMARK = Pattern.compile("\\[bookmark:[^]]*]");
    /** A Word TOC entry field left in the text: {@code 一、总体绩效目标 TC 总体绩效目标 \f A \l 1 }. */
    private static final Pattern TOC_FIELD = Pattern.compile("\\s+TC\\s.*$");

    private static final Pattern YEAR = Pattern.compile("(20\\d{2})\\s*年");
    private static final Pattern SENTENCE = Pattern.compile("[，。；;,]");
    private static final Pattern NUMBERED_TITLE = Pattern.compile("^\\d+[.、．]");
    private static final int MAX_HEADING_LENGTH = 50;

    private Headings() {}

    /** The line without bookmarks and TOC fields, trimmed. */
    static String clean(String line) {
        return TOC_FIELD
                .matcher(BOOKMARK.matcher(line).replaceAll(""))
                .replaceAll("")
                .strip();
    }

    /**
     * The year a heading names, e.g. {@code 三、2021年部门预算绩效信息} or {@code 2020年部门预算绩效信息}:
     * a short line about the budget (预算/绩效), not a sentence and not a table's own title.
     */
    static Optional<Integer> year(String line) {
        if (line.startsWith("\t")) {
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

    /** The year of the last year heading above 0-based line {@code index}, or null. */
    static @Nullable Integer yearAbove(SourceText src, int index) {
        Integer year = null;
        for (int i = 0; i < index && i < src.size(); i++) {
            Optional<Integer> y = year(src.line(i));
            if (y.isPresent()) {
                year = y.get();
            }
        }
        return year;
    }
}
