package cn.perftarget.domain.importer;

import static cn.perftarget.domain.importer.Seeds.row;
import static cn.perftarget.domain.importer.Seeds.table;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.perftarget.domain.table.IndicatorRow;
import cn.perftarget.domain.table.TargetTable;
import org.junit.jupiter.api.Test;

/** 000: PDF text of a 管委会 行政审批局, 4 tables, no unit line, no year, no amounts. */
class PdfSeed000Test {

    private final ImportedDocument doc = Seeds.read(Seeds.PDF_000);

    @Test
    void detectsThePdfLayout() {
        assertThat(Layout.detect(SourceText.of(Seeds.text(Seeds.PDF_000)))).isEqualTo(Layout.PDF_TEXT);
        assertThat(Layout.detect(SourceText.of(Seeds.text(Seeds.WORD_001)))).isEqualTo(Layout.WORD_TABLES);
    }

    @Test
    void findsFourTablesWithoutAmountsOrUnit() {
        assertThat(doc.problems()).isEmpty();
        assertThat(doc.tables())
                .extracting(TargetTable::projectCode, TargetTable::projectName)
                .containsExactly(
                        tuple("131003001", "政务服务中心工作"),
                        tuple("131003002", "公共资源交易中心工作"),
                        tuple("131003003", "社会信用体系建设工作"),
                        tuple("131003004", "项目审批工作"));
        assertThat(doc.tables()).allSatisfy(t -> {
            assertThat(t.unitCode()).isEmpty();
            assertThat(t.unitName()).isEmpty();
            assertThat(t.fiscalYear()).isNull();
            assertThat(t.budget().isBlank()).isTrue();
            assertThat(t.fiscalFunds().isBlank()).isTrue();
            assertThat(t.otherFunds().isBlank()).isTrue();
            assertThat(t.indicators()).hasSize(9);
        });
    }

    @Test
    void approvalWorkPlanFallsBackTo25Percent() {
        TargetTable t = table(doc, "项目审批工作");
        assertThat(t.plan().cells()).containsExactly("10%", "50%", "75%", "25%");
        assertThat(t.goals()).isEqualTo("行政审批事项限时办结率达到 95%以上");
        assertThat(t.fundPurpose()).isEqualTo("行政审批过程中的办公、证书印刷、中介评审服务等工作");
    }

    @Test
    void wrappedCellsAreJoinedAndEmptyTemplateRowsKept() {
        TargetTable t = table(doc, "政务服务中心工作");
        assertThat(t.indicators())
                .extracting(IndicatorRow::level1, IndicatorRow::level2, IndicatorRow::level3, IndicatorRow::valueText)
                .containsExactly(
                        tuple("产出指标", "数量指标", "办件数据", "10000以上"),
                        tuple("产出指标", "质量指标", "审批结果准确性", "100%"),
                        tuple("产出指标", "时效指标", "政务服务事项限时办结率", "100%"),
                        tuple("产出指标", "成本指标", "节约群众办事成本", "0"),
                        tuple("效果指标", "经济效益指标", "", ""),
                        tuple("效果指标", "社会效益指标", "事项进驻率", "85%以上"),
                        tuple("效果指标", "生态效益指标", "", ""),
                        tuple("效果指标", "可持续性影响", "", ""),
                        tuple("满意度指标", "服务对象满意度指标", "办事群众满意度", "98%以上"));
        IndicatorRow first = t.indicators().get(0);
        assertThat(first.description()).isEqualTo("全年办理各类政务服务事项数量");
        assertThat(first.basis()).isEqualTo("日常工作");
    }

    @Test
    void wrappedNameAndDescriptionOfOneRowAreToldApart() {
        IndicatorRow r = row(table(doc, "公共资源交易中心工作"), "服务对象满意度");
        assertThat(r.description()).isEqualTo("对公共资源交易中心服务的反馈，满意度占比");
        assertThat(r.valueText()).isEqualTo("98%以上");
        assertThat(r.basis()).isEqualTo("日常工作");
        TargetTable credit = table(doc, "社会信用体系建设工作");
        assertThat(row(credit, "社会信用重视程度").description()).isEqualTo("网站注册人数");
        IndicatorRow awareness = row(credit, "普通群众对信用认知度");
        assertThat(awareness.level2()).isEqualTo("可持续性影响");
        assertThat(awareness.valueText()).isEqualTo("20%以上");
    }

    @Test
    void departmentPartWithLabelledSubTargets() {
        DepartmentTargets d = doc.department();
        assertThat(d).isNotNull();
        assertThat(d.overallGoal())
                .isEqualTo("我局根据管委会工作部署，结合本部门年度工作计划，针对主要职责、重点工作，制定如下绩效目标："
                        + "落实政务服务中心窗口单位月评比制度，提高各类政务服务事项限时办结率，提高政府采购资金节约率，"
                        + "提高政务服务中心审批事项入驻率，优化营商环境，提高办事群众满意度。");
        assertThat(d.subTargets())
                .containsExactly(
                        new SubTarget("政务服务事项限时办结率", "提高各类政务服务事项限时办结率。", "政务服务事项限时办结率达到 100%。"),
                        new SubTarget("政府采购", "提高资金节约率。", "资金节约率达到 4.3%以上。"),
                        new SubTarget("政务服务大厅事项进驻", "提高政务服务中心审批事项入驻率。", "进驻比例达到 85%以上。"),
                        new SubTarget("优化营商环境", "提高群众办事满意度。", "开展办事回访，群众满意度达到 98%以上。"));
        assertThat(d.measures().split("\n")).hasSize(5);
        assertThat(d.measures())
                .startsWith("1.建立健全行政审批相关规章制度，完善政务服务机制。加强行政审批局规范化建设")
                .endsWith("争取工程项目尽快实现全流程电子化。");
    }
}
