package cn.perftarget.domain.rules;

import static cn.perftarget.domain.rules.Seeds.assertFinding;
import static cn.perftarget.domain.rules.Seeds.assertNone;
import static cn.perftarget.domain.rules.Seeds.findings;
import static cn.perftarget.domain.rules.Seeds.of;
import static cn.perftarget.domain.rules.Seeds.table;
import static cn.perftarget.domain.rules.Seeds.withCell;
import static cn.perftarget.domain.rules.Seeds.zh;
import static org.assertj.core.api.Assertions.assertThat;

import cn.perftarget.domain.framework.FrameworkCatalog;
import cn.perftarget.domain.rules.validation.Validator;
import cn.perftarget.domain.table.IndicatorColumn;
import cn.perftarget.domain.table.IndicatorRow;
import cn.perftarget.domain.table.TargetTable;
import java.util.List;
import org.junit.jupiter.api.Test;

/** R13 – R20 on the seed tables. */
class IndicatorRulesTest {

    @Test
    void r13SeedTablesFitTheFramework2015() {
        for (String prefix : List.of("000", "001", "002", "004")) {
            for (var t : Seeds.doc(prefix).tables()) {
                assertNone(findings(prefix, t), "R13");
            }
        }
    }

    @Test
    void r13CostUnderOutputIsMisplacedInFramework2021() {
        // held-out rule: a real 2015-style table validated for fiscal year 2023 in a region on the 2021 framework
        TargetTable t = table("001", "电梯维保费");
        t = t.withUnit(t.unitCode(), t.unitName(), 2023);
        Validator v2021 = new Validator(
                RuleSettings.defaults(), FrameworkCatalog.bundled().withoutRegionOverrides());
        List<Finding> fs = v2021.validate(t, Seeds.context("001"));
        Finding f = assertFinding(fs, "R13", Severity.ERROR, Location.row(3, IndicatorColumn.LEVEL1));
        assertThat(zh(f.message())).contains("成本指标").contains("2021");
        TargetTable fixed = f.fix().applyTo(t);
        assertThat(fixed.indicators().get(3).level1()).isEqualTo("成本指标");
        assertThat(fixed.indicators().get(3).level2()).isEqualTo("经济成本指标");
        assertNone(v2021.validate(fixed, Seeds.context("001")), "R13");
        // the same table in its own region keeps the 2015 framework
        assertNone(Validator.defaults().validate(t, Seeds.context("001")), "R13");
    }

    @Test
    void r13UnknownAndMisplacedNames() {
        TargetTable t = table("001", "劳务费");
        TargetTable unknown = withCell(t, 0, IndicatorColumn.LEVEL2, "群众反馈指标");
        assertFinding(findings("001", unknown), "R13", Severity.ERROR, Location.row(0, IndicatorColumn.LEVEL2));
        TargetTable misplaced = withCell(t, 4, IndicatorColumn.LEVEL2, "数量指标");
        assertFinding(findings("001", misplaced), "R13", Severity.ERROR, Location.row(4, IndicatorColumn.LEVEL1));
        TargetTable badLevel1 = withCell(t, 6, IndicatorColumn.LEVEL1, "群众指标");
        assertFinding(findings("001", badLevel1), "R13", Severity.ERROR, Location.row(6, IndicatorColumn.LEVEL1));
    }

    @Test
    void r14RequiredCategories() {
        List<Finding> fs = findings("000", "公共资源交易中心工作");
        Finding cost = assertFinding(fs, "R14", Severity.ERROR, Location.INDICATORS);
        assertThat(zh(cost.message())).contains("成本指标");
        Finding time = assertFinding(fs, "R14", Severity.WARNING, Location.INDICATORS);
        assertThat(zh(time.message())).contains("时效指标");
        assertThat(zh(assertFinding(findings("004", "档案整理费"), "R14", Severity.ERROR, Location.INDICATORS)
                        .message()))
                .contains("成本指标");
        assertThat(zh(assertFinding(findings("002", "企业服务中心工作专项"), "R14", Severity.ERROR, Location.INDICATORS)
                        .message()))
                .contains("数量指标");
        assertNone(findings("001", "电梯维保费"), "R14");
    }

    @Test
    void r15EmptyTemplateRowsCanBeRemoved() {
        List<Finding> fs = findings("000", "政务服务中心工作");
        Finding f = assertFinding(fs, "R15", Severity.INFO, Location.row(4));
        assertThat(of(fs, "R15")).hasSize(3);
        TargetTable fixed = f.fix().applyTo(table("000", "政务服务中心工作"));
        assertThat(fixed.indicators()).hasSize(8);
        assertThat(of(findings("000", fixed), "R15")).hasSize(2);
        assertNone(findings("001", "电梯维保费"), "R15");
    }

    @Test
    void r16Level3Placeholders() {
        List<Finding> fs = findings("002", "信息化服务建设专项");
        assertFinding(fs, "R16", Severity.ERROR, Location.row(0, IndicatorColumn.LEVEL3));
        assertThat(of(fs, "R16")).hasSize(8);
        assertThat(zh(assertFinding(
                                findings("002", "企业服务中心工作专项"),
                                "R16",
                                Severity.ERROR,
                                Location.row(7, IndicatorColumn.LEVEL3))
                        .message()))
                .contains("无");
        assertFinding(findings("002", "政务服务专项"), "R16", Severity.ERROR, Location.row(6, IndicatorColumn.LEVEL3));
        assertNone(findings("001", "劳务费"), "R16");
    }

    @Test
    void r17CategoryFit() {
        assertThat(zh(assertFinding(
                                findings("001", "优化营商环境项目经费"),
                                "R17",
                                Severity.WARNING,
                                Location.row(0, IndicatorColumn.LEVEL3))
                        .message()))
                .contains("专款专用");
        assertThat(zh(assertFinding(
                                findings("004", "软件升级费"),
                                "R17",
                                Severity.WARNING,
                                Location.row(2, IndicatorColumn.LEVEL3))
                        .message()))
                .contains("时间");
        assertFinding(
                findings("002", "审批局政务中心运转专项"),
                "R17",
                Severity.WARNING,
                Location.row(5, IndicatorColumn.LEVEL3)); // 提高群众满意度 under 可持续影响
        assertFinding(
                findings("002", "法律顾问费"),
                "R17",
                Severity.WARNING,
                Location.row(7, IndicatorColumn.LEVEL3)); // 生态 row without ecology
        assertNone(findings("001", "劳务费"), "R17");
    }

    @Test
    void r17MoneyOutsideCost() {
        TargetTable t = withCell(table("001", "劳务费"), 1, IndicatorColumn.VALUE, "≥100万元");
        assertFinding(findings("001", t), "R17", Severity.WARNING, Location.row(1, IndicatorColumn.VALUE));
    }

    @Test
    void r18DuplicateIndicators() {
        List<Finding> fs = findings("002", "信息化服务建设专项");
        assertFinding(fs, "R18", Severity.WARNING, Location.row(2, IndicatorColumn.DESCRIPTION));
        assertThat(of(fs, "R18")).hasSizeGreaterThanOrEqualTo(5);
        assertFinding(findings("000", "项目审批工作"), "R18", Severity.WARNING, Location.row(5, IndicatorColumn.LEVEL3));
        assertNone(findings("001", "劳务费"), "R18");
    }

    @Test
    void r19NameAndDescriptionUnrelated() {
        assertFinding(
                findings("000", "社会信用体系建设工作"), "R19", Severity.WARNING, Location.row(5, IndicatorColumn.DESCRIPTION));
        assertNone(findings("001", "劳务费"), "R19");
        assertNone(findings("000", "政务服务中心工作"), "R19");
    }

    @Test
    void r20ShiftedRows() {
        List<Finding> fs = findings("002", "企业服务中心工作专项");
        for (int row : new int[] {5, 6, 7}) {
            assertFinding(fs, "R20", Severity.ERROR, Location.row(row, IndicatorColumn.VALUE));
        }
        assertNone(findings("001", "劳务费"), "R20");
        assertNone(findings("004", "印刷费"), "R20");
    }

    @Test
    void r20IntroducedShift() {
        TargetTable real = table("001", "劳务费");
        IndicatorRow previous = real.indicators().get(4);
        TargetTable shifted = withCell(real, 5, IndicatorColumn.VALUE, previous.level3());
        assertFinding(findings("001", shifted), "R20", Severity.ERROR, Location.row(5, IndicatorColumn.VALUE));
    }
}
