package cn.perftarget.domain.importer;

import static cn.perftarget.domain.importer.Seeds.row;
import static cn.perftarget.domain.importer.Seeds.table;
import static org.assertj.core.api.Assertions.assertThat;

import cn.perftarget.domain.table.IndicatorRow;
import cn.perftarget.domain.table.TargetTable;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * 004: 442 秦皇岛经济技术开发区行政审批局, 24 tables of three units under the heading 2020年部门预算绩效信息,
 * after a 2021 budget disclosure with other tables (机构设置, a procurement table, 功能分类) that are not 绩效目标表.
 */
class WordSeed004Test {

    private final ImportedDocument doc = Seeds.read(Seeds.WORD_004);

    @Test
    void findsTwentyFourTablesOfThreeUnits() {
        assertThat(doc.problems()).isEmpty();
        assertThat(doc.tables()).hasSize(24);
        assertThat(doc.tables().get(0).projectCode()).isEqualTo("1303112121B0RMI62LEAT");
        assertThat(doc.tables().get(23).projectName()).isEqualTo("档案整理费");
        Map<String, Long> perUnit =
                doc.tables().stream().collect(Collectors.groupingBy(TargetTable::unitCode, Collectors.counting()));
        assertThat(perUnit).containsExactlyInAnyOrderEntriesOf(Map.of("442001", 19L, "442003", 1L, "442004", 4L));
        assertThat(doc.tables()).allSatisfy(t -> assertThat(t.fiscalYear()).isEqualTo(2020));
        assertThat(doc.tables())
                .extracting(t -> t.indicators().size())
                .containsExactly(6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 7, 7, 7, 7);
    }

    @Test
    void procurementTableAndDisclosureAreNotImported() {
        // 区域气候可行性论证 is also a line of the 2021 procurement table: only the 绩效目标表 is imported
        assertThat(doc.tables())
                .extracting(TargetTable::projectName)
                .doesNotHaveDuplicates()
                .doesNotContain("项目名称", "合··计", "秦皇岛经济技术开发区行政审批局（本级）小计", "单位名称");
        assertThat(doc.tables().stream().map(TargetTable::projectCode).collect(Collectors.toSet()))
                .hasSize(24);
        assertThat(table(doc, "区域气候可行性论证").budget().text()).isEqualTo("50.00");
        assertThat(table(doc, "区域气候可行性论证").unitName()).isEqualTo("秦皇岛经济技术开发区行政审批局（本级）");
    }

    @Test
    void traineeWagesAsWritten() {
        TargetTable t = table(doc, "大学生见习岗人员工资");
        assertThat(t.projectCode()).isEqualTo("13031121A3UO2AD1310KS");
        assertThat(t.unitCode()).isEqualTo("442001");
        assertThat(t.budget().text()).isEqualTo("1.87");
        assertThat(t.fiscalFunds().text()).isEqualTo("1.87");
        assertThat(t.otherFunds().text()).isEqualTo("0");
        assertThat(t.plan().cells()).containsExactly("100.00%", "100.00%", "100.00%", "100.00%");
        assertThat(t.fundPurpose()).isEqualTo("预算数 2.5万元。其中：财政资金 2.5万元，其他资金 0万元。主要用于 大学生见习岗人员工资。");
        assertThat(t.goals()).isEqualTo("1.建设项目环境影响评价报告进行专家评审工作");
        assertThat(row(t, "见习岗人数").valueText()).isEqualTo("不超过3人");
        assertThat(row(t, "成本支出").valueText()).isEqualTo("2.5万");
        assertThat(row(t, "支出时间").valueText()).isEqualTo("10日之前");
    }

    @Test
    void postageHasABlankMarchAndNoBasis() {
        TargetTable t = table(doc, "专项邮电费");
        assertThat(t.unitCode()).isEqualTo("442003");
        assertThat(t.unitName()).isEqualTo("秦皇岛经济技术开发区政务服务中心");
        assertThat(t.plan().march()).isEmpty();
        assertThat(t.plan().cells()).containsExactly("", "50.00%", "75.00%", "100.00%");
        assertThat(t.indicators()).hasSize(6).extracting(IndicatorRow::basis).containsOnly("");
        assertThat(row(t, "缴费数量").valueText()).isEqualTo("2次以上");
    }

    @Test
    void printingHasNoPlanAndARepeatedGoal() {
        TargetTable t = table(doc, "印刷费");
        assertThat(t.unitCode()).isEqualTo("442004");
        assertThat(t.plan().cells()).containsOnly("");
        assertThat(t.goals())
                .isEqualTo("1.合理有效利用资金，满足政府采购业务的印刷业务需求。\n"
                        + "2.合理有效利用资金，满足政府采购业务的印刷业务需求。\n"
                        + "3.合理有效利用资金，满足政府采购业务的印刷业务需求。");
        assertThat(t.fundPurpose()).contains("其他资金1万元");
        assertThat(row(t, "提高工作质量").valueText()).isEqualTo("显著提升");
        assertThat(table(doc, "专家评审费").goals()).startsWith("1.1、\n合理有效使用资金").contains("\n2.1、\n");
        assertThat(table(doc, "档案整理费").goals()).isEqualTo("1.1、健全完善工作档案资料\n2.2、加强信息资源开发利用工作");
        assertThat(table(doc, "档案整理费").fundPurpose()).startsWith("预算数   万元。");
    }

    @Test
    void blankPlanCellsKeepTheirPlace() {
        Map<String, TargetTable> byName =
                doc.tables().stream().collect(Collectors.toMap(TargetTable::projectName, Function.identity()));
        assertThat(byName.get("2019年叫号系统与幸福开发区工程互联互通安全设备（尾款）结转余款").plan().cells())
                .containsExactly("", "50.00%", "100.00%", "100.00%");
        assertThat(byName.get("专项水费").plan().cells()).containsExactly("40.00%", "80.00%", "100.00%", "100.00%");
    }

    @Test
    void departmentPartOf2020() {
        DepartmentTargets d = doc.department();
        assertThat(d).isNotNull();
        assertThat(d.overallGoal()).isEqualTo("互联网+政务服务稳步推进\n加大行政审批政务公开工作\n承接国家省市取消、委托下放的行政许可事项");
        assertThat(d.subTargets()).extracting(SubTarget::title).containsExactly("行政审批", "行政审批制度改革", "政务服务");
        assertThat(d.subTargets().get(2).goal())
                .isEqualTo("负责政务服务中心管理、协调和监督等工作。\n"
                        + "加强政务服务中心工作日常管理、建立健全区、乡镇（街道）、村（居）三级政务服务体系，力促政务服务全覆盖。"
                        + "进一步转变政府职能，提高行政效率，增强综合服务实力。");
        assertThat(d.subTargets()).extracting(SubTarget::indicator).containsOnly("");
        assertThat(d.measures()).startsWith("一、层层分解责任目标，落实目标责任人。").endsWith("保证本年度发展规划目标的实现。");
        assertThat(d.measures().split("\n")).hasSize(5);
    }
}
