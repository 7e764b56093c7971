package cn.perftarget.domain.importer;

import static cn.perftarget.domain.importer.Seeds.row;
import static cn.perftarget.domain.importer.Seeds.table;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.perftarget.domain.table.IndicatorRow;
import cn.perftarget.domain.table.TargetTable;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** 001: 438001 唐山市路南区数据和行政审批局本级, Word layout, 8 tables; the document names no year. */
class WordSeed001Test {

    private final ImportedDocument doc = Seeds.read(Seeds.WORD_001);

    @Test
    void findsEightTablesInOrderWithoutProblems() {
        assertThat(doc.problems()).isEmpty();
        assertThat(doc.tables())
                .extracting(TargetTable::projectCode, TargetTable::projectName)
                .containsExactly(
                        tuple("13020225P000039100011", "电梯维保费"),
                        tuple("13020225P00003410001L", "工程建设项目联合审批系统运维费"),
                        tuple("13020225P00003810001B", "劳务费"),
                        tuple("13020225P00004110001T", "社会信用体系建设工作经费"),
                        tuple("13020225P000032100019", "系统维护费"),
                        tuple("13020225P000040100015", "优化营商环境项目经费"),
                        tuple("13020225P000043100016", "招商引资专项业务费"),
                        tuple("13020225P00003510001A", "政府投资项目评审费"));
        assertThat(doc.tables()).allSatisfy(t -> {
            assertThat(t.unitCode()).isEqualTo("438001");
            assertThat(t.unitName()).isEqualTo("唐山市路南区数据和行政审批局本级");
            assertThat(t.fiscalYear()).as("no year heading in the document").isNull();
            assertThat(t.indicators()).hasSize(7);
            assertThat(t.plan().cells()).containsExactly("25%", "50%", "75%", "100%");
        });
    }

    @Test
    void laborCostsKeepTheirCellsAsWritten() {
        TargetTable labor = table(doc, "劳务费");
        assertThat(labor.budget().text()).isEqualTo("112.00");
        assertThat(labor.budget().amount()).contains(new BigDecimal("112.00"));
        assertThat(labor.fiscalFunds().text()).isEqualTo("112.00");
        assertThat(labor.otherFunds().text()).as("a space, as in the source").isEqualTo(" ");
        assertThat(labor.otherFunds().isBlank()).isTrue();
        assertThat(labor.fundPurpose()).isEqualTo("用于支付劳务派遣人员保险、工资及管理费");
        assertThat(labor.goals()).isEqualTo("1.保障劳务派遣人员经费正常发放");

        IndicatorRow cost = row(labor, "发放成本");
        assertThat(cost.level1()).isEqualTo("产出指标");
        assertThat(cost.level2()).isEqualTo("成本指标");
        assertThat(cost.description()).isEqualTo("每月支付人员经费的金额");
        assertThat(cost.valueText()).isEqualTo("3860元/月/人");
        assertThat(cost.basis()).isEqualTo("部门职责");
        assertThat(row(labor, "发放时间").valueText()).isEqualTo("每月15日前");
    }

    @Test
    void mergedLevelCellsAreCarriedDown() {
        TargetTable elevator = table(doc, "电梯维保费");
        assertThat(elevator.indicators())
                .extracting(IndicatorRow::level1, IndicatorRow::level2, IndicatorRow::level3)
                .containsExactly(
                        tuple("产出指标", "数量指标", "完成率"),
                        tuple("产出指标", "质量指标", "正常使用率"),
                        tuple("产出指标", "时效指标", "按时支出"),
                        tuple("产出指标", "成本指标", "项目成本"),
                        tuple("效益指标", "经济效益指标", "资金使用效益"),
                        tuple("效益指标", "社会效益指标", "业务保障"),
                        tuple("满意度指标", "服务对象满意度指标", "服务对象满意度"));
    }

    @Test
    void rowWithEmptyParagraphsInsideStaysOneRow() {
        // lines 390-396: 专款专用率 / blank / 严格执行专款专用率 / blank / 90% — one row of six cells
        IndicatorRow r = row(table(doc, "社会信用体系建设工作经费"), "专款专用率");
        assertThat(r.level2()).isEqualTo("质量指标");
        assertThat(r.description()).isEqualTo("严格执行专款专用率");
        assertThat(r.valueText()).isEqualTo("90%");
        assertThat(r.basis()).isEqualTo("部门职责");
    }

    @Test
    void defectsStayAsWritten() {
        assertThat(table(doc, "优化营商环境项目经费").fundPurpose()).isEqualTo("用于新设企业公章刻制、免费邮递费、企业档案容”e“查经费");
        assertThat(row(table(doc, "系统维护费"), "项目完成情况").valueText()).isEqualTo("按时完成");
        assertThat(row(table(doc, "招商引资专项业务费"), "项目完成情况").description())
                .as("a stray tab after the text")
                .isEqualTo("按招标进度完成\t");
    }

    @Test
    void departmentPartHasSixSubTargets() {
        DepartmentTargets d = doc.department();
        assertThat(d).isNotNull();
        assertThat(d.overallGoal()).startsWith("按照应进必进的要求，负责确定进驻中心的部门").endsWith("\n按照省、市、区要求，完成有关行政审批的其他各种活动。");
        assertThat(d.overallGoal().split("\n")).hasSize(4);
        assertThat(d.subTargets())
                .extracting(SubTarget::title)
                .containsExactly("系统维护费", "工程建设项目", "“互联网+政务服务”平台运维护", "政府投资项目评审", "邮递专项经费", "招商引资专项业务费");
        assertThat(d.subTargets().get(0))
                .isEqualTo(new SubTarget("系统维护费", "优化营商环境，提高服务质量。", "项目数量完成率比例大于90%；正常使用率占比大于90%；工作完成量大于90%"));
        assertThat(d.measures())
                .startsWith("1.完善各项会议制度，规范会议程序")
                .endsWith("促进预算绩效管理水平进一步提升。")
                .doesNotContain("第二部分");
    }
}
