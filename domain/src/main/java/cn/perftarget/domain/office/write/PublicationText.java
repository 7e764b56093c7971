package cn.perftarget.domain.office.write;

import cn.perftarget.domain.importer.DepartmentTargets;
import cn.perftarget.domain.importer.SubTarget;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The text of a publication document around its tables, in the words of the published documents (the importer
 * reads these headings back: they are document vocabulary, not texts of the application), as a list of blocks for
 * the Word and PDF writers.
 */
final class PublicationText {

    static final String YEAR_HEADING = "年部门预算绩效信息";
    static final String PART_ONE = "第一部分 部门整体绩效目标";
    static final String OVERALL = "一、总体绩效目标";
    static final String SUB_TARGETS = "二、分项绩效目标";
    static final String MEASURES = "三、工作保障措施";
    static final String PART_TWO = "第二部分 项目支出绩效目标表";
    static final String PART_TWO_ALONE = "项目支出绩效目标表";
    static final String GOAL_LABEL = "绩效目标：";
    static final String INDICATOR_LABEL = "绩效指标：";

    enum Kind {
        TITLE,
        HEADING,
        BODY
    }

    record Block(Kind kind, String text) {}

    private PublicationText() {}

    /** Everything before the first table: the title, the year, the department part (when given), the heading. */
    static List<Block> front(PublicationHeader header, @Nullable DepartmentTargets part) {
        List<Block> out = new ArrayList<>();
        if (!header.title().isEmpty()) {
            out.add(new Block(Kind.TITLE, header.title()));
        }
        out.add(new Block(Kind.TITLE, header.fiscalYear() + YEAR_HEADING));
        if (part == null) {
            out.add(new Block(Kind.HEADING, PART_TWO_ALONE));
            return out;
        }
        out.add(new Block(Kind.HEADING, PART_ONE));
        out.add(new Block(Kind.HEADING, OVERALL));
        body(out, part.overallGoal());
        out.add(new Block(Kind.HEADING, SUB_TARGETS));
        body(out, part.subTargetText().isBlank() ? items(part.subTargets()) : part.subTargetText());
        out.add(new Block(Kind.HEADING, MEASURES));
        body(out, part.measures());
        out.add(new Block(Kind.HEADING, PART_TWO));
        return out;
    }

    /** A section's text, one paragraph per line as written. */
    private static void body(List<Block> out, String text) {
        if (text.isEmpty()) {
            return;
        }
        for (String line : text.split("\n", -1)) {
            out.add(new Block(Kind.BODY, line));
        }
    }

    /** Items given one by one (no text as written): numbered, their goal and indicator labelled. */
    private static String items(List<SubTarget> items) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            SubTarget s = items.get(i);
            lines.add((i + 1) + "、" + s.title());
            if (!s.goal().isBlank()) {
                lines.add(GOAL_LABEL + s.goal());
            }
            if (!s.indicator().isBlank()) {
                lines.add(INDICATOR_LABEL + s.indicator());
            }
        }
        return String.join("\n", lines);
    }
}
