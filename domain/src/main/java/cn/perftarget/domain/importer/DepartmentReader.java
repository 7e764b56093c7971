package cn.perftarget.domain.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The 部门整体绩效目标 part above the tables: the sections 总体绩效目标, 分项绩效目标 and 保障措施
 * (工作保障措施, 目标规划及保障措施), each up to the next section heading or the 第二部分 heading.
 */
final class DepartmentReader {

    private static final String NUMBER = "(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[）)]|\\d+[.、．])?\\s*";
    private static final Pattern OVERALL = Pattern.compile("^" + NUMBER + "总体绩效目标$");
    private static final Pattern SUB = Pattern.compile("^" + NUMBER + "分项绩效目标$");
    private static final Pattern MEASURES = Pattern.compile("^" + NUMBER + "\\p{IsHan}{0,6}保障措施$");
    private static final Pattern PART = Pattern.compile("^第[一二三四五六七八九十]+部分");
    private static final Pattern GOAL = Pattern.compile("^绩效目标\\s*[:：]\\s*(.*)$");
    private static final Pattern INDICATOR = Pattern.compile("^绩效指标\\s*[:：]\\s*(.*)$");

    private enum Section {
        OVERALL,
        SUB,
        MEASURES
    }

    /** Reads the lines above 0-based line {@code end}; null when there is no such part. */
    @Nullable
    DepartmentTargets read(SourceText src, int end, Layout layout) {
        List<List<String>> sections = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        boolean[] seen = new boolean[3];
        Section current = null;
        for (int i = 0; i < end && i < src.size(); i++) {
            String line = src.line(i);
            if (line.isBlank() || line.startsWith("\t")) {
                continue;
            }
            String heading = Headings.clean(line);
            Section s = OVERALL.matcher(heading).matches()
                    ? Section.OVERALL
                    : SUB.matcher(heading).matches()
                            ? Section.SUB
                            : MEASURES.matcher(heading).matches() ? Section.MEASURES : null;
            if (s != null) {
                current = s;
                seen[s.ordinal()] = true;
                sections.get(s.ordinal()).clear();
            } else if (PART.matcher(heading).find() || heading.endsWith("绩效目标表")) {
                current = null;
            } else if (current != null) {
                sections.get(current.ordinal()).add(layout == Layout.PDF_TEXT ? line.strip() : line);
            }
        }
        if (!seen[0] && !seen[1] && !seen[2]) {
            return null;
        }
        List<String> sub = sections.get(Section.SUB.ordinal());
        return new DepartmentTargets(
                Paragraphs.join(layout, sections.get(Section.OVERALL.ordinal())),
                Paragraphs.join(layout, sub),
                subTargets(sub, layout),
                Paragraphs.join(layout, sections.get(Section.MEASURES.ordinal())));
    }

    /** Numbered items; in each, the text after 绩效目标: and 绩效指标:, or the unlabelled text as the goal. */
    private static List<SubTarget> subTargets(List<String> lines, Layout layout) {
        List<SubTarget> items = new ArrayList<>();
        String title = null;
        List<String> goal = new ArrayList<>();
        List<String> indicator = new ArrayList<>();
        List<String> target = goal;
        for (String line : lines) {
            String s = line.strip();
            Matcher g = GOAL.matcher(s);
            Matcher ind = INDICATOR.matcher(s);
            Matcher item = Paragraphs.ITEM.matcher(s);
            if (g.matches()) {
                target = goal;
                goal.add(g.group(1));
            } else if (ind.matches()) {
                target = indicator;
                indicator.add(ind.group(1));
            } else if (item.find()) {
                if (title != null) {
                    items.add(new SubTarget(title, Paragraphs.join(layout, goal), Paragraphs.join(layout, indicator)));
                }
                title = s.substring(item.end()).strip();
                goal = new ArrayList<>();
                indicator = new ArrayList<>();
                target = goal;
            } else {
                target.add(layout == Layout.PDF_TEXT ? s : line);
            }
        }
        if (title != null) {
            items.add(new SubTarget(title, Paragraphs.join(layout, goal), Paragraphs.join(layout, indicator)));
        }
        return items;
    }
}
