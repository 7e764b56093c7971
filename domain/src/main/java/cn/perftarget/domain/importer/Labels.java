package cn.perftarget.domain.importer;

import cn.perftarget.domain.table.Numbers;
import java.util.List;

/** The fixed captions of a 绩效目标表 and how cell text is compared with them. */
final class Labels {

    static final String PROJECT_CODE = "项目编码";
    static final String PROJECT_NAME = "项目名称";
    static final String PDF_PROJECT_NAME = "预算项目名称";
    static final String BUDGET_BLOCK = "预算规模及资金用途";
    static final String BUDGET = "预算数";
    static final String FISCAL_FUNDS = "其中:财政资金";
    static final String FISCAL_FUNDS_SHORT = "财政资金";
    static final String OTHER_FUNDS = "其他资金";
    static final String PURPOSE = "项目资金主要用途";
    static final String PURPOSE_SHORT = "资金用途";
    static final String PLAN = "资金支出计划(%)";
    static final List<String> CHECKPOINTS = List.of("3月底", "6月底", "10月底", "12月底");
    static final String GOALS = "绩效目标";
    /** The indicator header row, left to right. */
    static final List<String> INDICATOR_HEADER = List.of("一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值", "指标值确定依据");

    static final String UNIT_OF_AMOUNTS = "单位:";

    private Labels() {}

    /** Cell text as compared with a caption: half-width forms, no whitespace at all. */
    static String norm(String text) {
        return Numbers.halfWidth(text).replaceAll("\\s+", "");
    }

    static boolean is(String text, String label) {
        return norm(text).equals(label);
    }

    /**
     * Captions that only a 绩效目标表 has (a procurement table has 项目名称 too): seen outside every table found,
     * they are the remains of a table whose 项目编码 is missing.
     */
    static boolean isOrphanSign(String text) {
        String n = norm(text);
        return n.equals(BUDGET_BLOCK) || n.equals(PLAN) || n.equals(GOALS) || n.equals(INDICATOR_HEADER.get(0));
    }

    /** Whether the text is one of the captions of the table's upper part (not an indicator row). */
    static boolean isHeadCaption(String text) {
        String n = norm(text);
        return n.equals(PROJECT_CODE)
                || n.equals(PROJECT_NAME)
                || n.equals(BUDGET_BLOCK)
                || n.equals(BUDGET)
                || n.equals(FISCAL_FUNDS)
                || n.equals(FISCAL_FUNDS_SHORT)
                || n.equals(OTHER_FUNDS)
                || n.equals(PLAN)
                || CHECKPOINTS.contains(n)
                || n.equals(GOALS)
                || n.equals(INDICATOR_HEADER.get(0));
    }
}
