package cn.perftarget.domain.table;

import java.util.List;

/** Tables copied by hand from the seeds (defects included), for tests that need real-looking content. */
public final class SeedLikeTables {

    private SeedLikeTables() {}

    /** 004: 印刷费 of 442004 政府采购中心, 2021: blank plan, goal repeated three times, vague values. */
    public static TargetTable printing() {
        return new TargetTable(
                "130311210GSGT4IDZUISX",
                "印刷费",
                "442004",
                "秦皇岛经济技术开发区政府采购中心",
                2021,
                new MoneyCell("1.00"),
                new MoneyCell("1.00"),
                new MoneyCell("0"),
                "预算数1万元。其中：财政资金 1 万元，其他资金1万元。主要用于档案整理用资料的印刷。",
                new SpendingPlan("", "", "", ""),
                """
                        1.合理有效利用资金，满足政府采购业务的印刷业务需求。

                        2.合理有效利用资金，满足政府采购业务的印刷业务需求。

                        3.合理有效利用资金，满足政府采购业务的印刷业务需求。""",
                List.of(
                        IndicatorRow.of("产出指标", "数量指标", "采购验收合格率", "对所购买物品或服务验收合格", "合格", "实际工作需要"),
                        IndicatorRow.of("产出指标", "质量指标", "提高工作质量", "满足机构运行需求，提高工作效率，更好完成工作任务", "显著提升", "实际工作需要"),
                        IndicatorRow.of("产出指标", "时效指标", "年度工作计划", "按期完成年度工作计划，保证工作质量，提高工作效率", "显著提升", "实际工作需要"),
                        IndicatorRow.of("效益指标", "经济效益指标", "促进经济发展", "保证机构正常运行，维护社会稳定，促进经济发展，更好的服务社会", "显著提升", "实际工作需要"),
                        IndicatorRow.of("效益指标", "社会效益指标", "维护社会稳定", "更好的服务社会，维护社会稳定", "显著提升", "实际工作需要"),
                        IndicatorRow.of("效益指标", "可持续影响指标", "促进社会可持续发展", "更好的履行工作职能，促进社会可持续发展", "显著提升", "实际工作需要"),
                        IndicatorRow.of("满意度指标", "服务对象满意度指标", "维护社会稳定", "更好的服务社会，维护社会稳定", "100%", "实际工作需要")));
    }

    /** 004: 专家评审费 of 442004, 2021: numbering debris in the goal, {@code ＞0} values (full-width). */
    public static TargetTable expertReview() {
        return new TargetTable(
                "13031121EN1GSCNSBU2TQ",
                "专家评审费",
                "442004",
                "秦皇岛经济技术开发区政府采购中心",
                2021,
                new MoneyCell("12.00"),
                new MoneyCell("12.00"),
                new MoneyCell("0"),
                "预算数12万元。其中：财政资金 12  万元，其他资金 0万元。主要用于组织开展政府采购工作中的专家评审费开支 。",
                SpendingPlan.BLANK,
                "1.1、\n合理有效使用资金，提高工作效率和服务水平，保障政府采购各项工作顺利开展。\n\n" + "2.1、\n合理有效使用资金，提高工作效率和服务水平，保障政府采购各项工作顺利开展。",
                List.of(
                        IndicatorRow.of("产出指标", "数量指标", "评审专家数", "全年所需评审专家数", "＞0", "实际工作需要"),
                        IndicatorRow.of("产出指标", "质量指标", "政府采购节约率", "对比以前年度节约资金比率", "＞0", "实际工作需要")));
    }

    /**
     * 000-like (PDF layout): no unit, no year, no amounts, a falling plan, empty template rows, and cell text with
     * the characters pasted text brings along (tabs, CR LF, vertical tab, no-break and ideographic spaces, quotes,
     * backslash, a character outside the BMP).
     */
    public static TargetTable awkward() {
        return new TargetTable(
                "131003001",
                "项目审批工作",
                null,
                null,
                null,
                MoneyCell.BLANK,
                new MoneyCell("  "),
                new MoneyCell("１２．５万元"),
                "“容”e“查”\t\\ 路径 C:\\temp\r\n第二行\u000b第三行",
                new SpendingPlan("10%", "50%", "75%", "25%"),
                "1.提高审批效率，办件满意率达到95%\u00a0以上。\u3000𠀋",
                List.of(
                        IndicatorRow.of("产出指标", "数量指标", "办件量", "全年办件数量", "10000以上", "历年数据"),
                        IndicatorRow.of("效益指标", "生态效益指标", "", "", "", ""),
                        IndicatorRow.of("满意度指标", "服务对象满意度指标", "群众满意度", "\"满意\"比例", "≥95%", "")));
    }

    /** The table under another 项目编码 (tables that are committed need codes no other test uses). */
    public static TargetTable withCode(TargetTable t, String code) {
        return new TargetTable(
                code,
                t.projectName(),
                t.unitCode(),
                t.unitName(),
                t.fiscalYear(),
                t.budget(),
                t.fiscalFunds(),
                t.otherFunds(),
                t.fundPurpose(),
                t.plan(),
                t.goals(),
                t.indicators());
    }

    /** The table under a 项目编码 no other test uses. */
    public static TargetTable uniquelyCoded(TargetTable t) {
        return withCode(t, TestOrganisations.uniqueProjectCode());
    }

    /** Every table above. */
    public static List<TargetTable> all() {
        return List.of(printing(), expertReview(), awkward());
    }
}
