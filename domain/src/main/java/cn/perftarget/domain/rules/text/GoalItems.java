package cn.perftarget.domain.rules.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbered items of a 绩效目标 cell: “1.…”, “2、…”, “（1）…”, “一、…” at the start of a line. Text before the first
 * number is an item of its own.
 */
public final class GoalItems {

    /** A numbering at the start of a line. */
    private static final Pattern NUMBERING =
            Pattern.compile("(?m)^[ \\t\\u3000]*(?:\\d{1,2}[.．、]|[（(]\\d{1,2}[)）]|[一二三四五六七八九十]{1,2}、)");
    /** A second numbering right after the first: 1.1、 or 1.\n1、 (numbering debris). */
    private static final Pattern DEBRIS = Pattern.compile("^\\s*\\d{1,2}(?:[.．]\\d{1,2})*[、.．](?!\\d)");

    /**
     * One item.
     *
     * @param marker  the numbering as written (may be "")
     * @param content the text after it, trimmed
     */
    public record Item(String marker, String content) {

        /** The content starts with another numbering: 1.1、 → debris. */
        public boolean hasDebris() {
            return DEBRIS.matcher(content).find();
        }

        /** The content without a leading debris numbering. */
        public String cleanContent() {
            Matcher m = DEBRIS.matcher(content);
            return m.find() ? content.substring(m.end()).strip() : content;
        }
    }

    private GoalItems() {}

    public static List<Item> split(String goals) {
        List<Item> items = new ArrayList<>();
        if (goals == null || goals.isBlank()) {
            return items;
        }
        Matcher m = NUMBERING.matcher(goals);
        int contentStart = 0;
        String marker = "";
        while (m.find()) {
            String before = goals.substring(contentStart, m.start()).strip();
            if (!before.isEmpty() || !marker.isEmpty()) {
                items.add(new Item(marker, before));
            }
            marker = m.group().strip();
            contentStart = m.end();
        }
        String rest = goals.substring(contentStart).strip();
        if (!rest.isEmpty() || !marker.isEmpty()) {
            items.add(new Item(marker, rest));
        }
        return items;
    }

    /** Items renumbered 1. 2. 3. one per line. */
    public static String render(List<String> contents) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < contents.size(); i++) {
            if (i > 0) {
                b.append('\n');
            }
            b.append(i + 1).append('.').append(contents.get(i));
        }
        return b.toString();
    }
}
