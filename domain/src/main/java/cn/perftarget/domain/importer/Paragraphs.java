package cn.perftarget.domain.importer;

import java.util.List;
import java.util.regex.Pattern;

/** Joins the lines of one text cell or section back into its paragraphs. */
final class Paragraphs {

    /** A line that starts a numbered item: 1. 2、 （一） (1) 一、 */
    static final Pattern ITEM = Pattern.compile("^\\s*(?:\\d+[.、．](?!\\d)|[（(][一二三四五六七八九十\\d]+[）)]|[一二三四五六七八九十]+、)");
    /** A line that starts a labelled part of an item: 绩效目标： 绩效指标： */
    private static final Pattern LABEL = Pattern.compile("^\\s*绩效(?:目标|指标)\\s*[:：]");

    private Paragraphs() {}

    /** Word: every line is a paragraph of its own. */
    static String word(List<String> lines) {
        return String.join("\n", lines);
    }

    /**
     * PDF text: lines are wrapped at the cell or page width, so they are joined without a separator
     * (Chinese has no spaces between words); a line that starts a numbered item or a 绩效目标：/绩效指标： label starts a new paragraph.
     */
    static String pdf(List<String> lines) {
        StringBuilder b = new StringBuilder();
        for (String line : lines) {
            if (!b.isEmpty()
                    && (ITEM.matcher(line).find() || LABEL.matcher(line).find())) {
                b.append('\n');
            }
            b.append(line);
        }
        return b.toString();
    }

    static String join(Layout layout, List<String> lines) {
        return layout == Layout.PDF_TEXT ? pdf(lines) : word(lines);
    }
}
