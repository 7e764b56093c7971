package cn.perftarget.domain.importer;

import static cn.perftarget.domain.importer.Seeds.row;
import static cn.perftarget.domain.importer.Seeds.table;
import static org.assertj.core.api.Assertions.assertThat;

import cn.perftarget.domain.table.IndicatorRow;
import cn.perftarget.domain.table.TargetTable;
import org.junit.jupiter.api.Test;

/** 002: 120001 承德高新区行政审批局本级, Word layout, 6 tables full of placeholders. */
class WordSeed002Test {

    private final ImportedDocument doc = Seeds.read(Seeds.WORD_002);

    @Test
    void findsSixTables() {
        assertThat(doc.problems()).isEmpty();
        assertThat(doc.tables())
                .extracting(TargetTable::projectCode)
                .containsExactly(
                        "13081123P00021510001E",
                        "13081123P00021110002B",
                        "13081123P00021610002P",
                        "13081123P00020910005C",
                        "13081123P00021310002N",
                        "13081123P00021410001Q");
        assertThat(doc.tables()).extracting(t -> t.indicators().size()).containsExactly(9, 9, 8, 9, 9, 9);
        assertThat(doc.tables()).allSatisfy(t -> {
            assertThat(t.unitCode()).isEqualTo("120001");
            assertThat(t.unitName()).isEqualTo("承德高新区行政审批局本级");
            assertThat(t.fiscalYear())
                    .as("2023 appears only inside a sentence, not in a heading")
                    .isNull();
            assertThat(t.goals()).isEqualTo("1.目标内容1");
            assertThat(t.otherFunds().text()).isEmpty();
        });
    }

    @Test
    void legalAdviserPlanIsKeptWithItsBlanks() {
        TargetTable legal = table(doc, "法律顾问费");
        assertThat(legal.goals()).isEqualTo("1.目标内容1");
        assertThat(legal.budget().text()).isEqualTo("5.00");
        assertThat(legal.plan().cells()).containsExactly("", "", "100%", "");
        IndicatorRow cost = row(legal, "案例办理单价");
        assertThat(cost.level2()).isEqualTo("成本指标");
        assertThat(cost.valueText()).isEqualTo("≥95%");
        assertThat(cost.basis()).isEqualTo("已在合同中体现，无单价");
        assertThat(table(doc, "企业服务中心工作专项").plan().cells()).containsExactly("", "", "", "100%");
    }

    @Test
    void valuesWithoutUnitsAndSplitRowsAreKept() {
        TargetTable hall = table(doc, "审批局政务中心运转专项");
        IndicatorRow satisfaction = row(hall, "群众满意度");
        assertThat(satisfaction.level1()).isEqualTo("满意度指标");
        assertThat(satisfaction.description()).isEqualTo("企业和群众对大厅服务的满意度");
        assertThat(satisfaction.valueText()).isEqualTo("≥95");
        assertThat(satisfaction.basis()).isEqualTo("群众和企业满意度不低于95");
        assertThat(table(doc, "业务评审专项").indicators())
                .extracting(IndicatorRow::valueText)
                .containsOnly("11");
        assertThat(row(table(doc, "信息化服务建设专项"), "数量要求").level2()).isEqualTo("数量指标");
    }

    @Test
    void subTargetSectionWithoutNumberedItemsIsKeptAsText() {
        DepartmentTargets d = doc.department();
        assertThat(d).isNotNull();
        assertThat(d.overallGoal()).startsWith("（1）2023年行政审批局全面学习贯彻落实");
        assertThat(d.subTargets()).isEmpty();
        assertThat(d.subTargetText()).startsWith("对区直各部门进驻、委托事项办理工作德组织协调").endsWith("截至目前，行政审批局局属事项共计177项。");
        assertThat(d.measures()).startsWith("一是持续深化产业项目“拿地即开工”改革。");
        assertThat(d.measures().split("\n")).hasSize(6);
    }
}
