package cn.perftarget.domain.rules.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The text helpers the rules share, on text taken from the seeds. */
class TextHelpersTest {

    @Test
    void keywordsFindTheFirstAndTheLastOccurrence() {
        Keywords k = Keywords.of("成本", "节约率", "满意度", "满意");
        assertThat(k.firstIn("成本节约率")).isEqualTo("成本");
        assertThat(k.lastEnd("成本节约率")).isEqualTo(5);
        assertThat(k.firstIn("办事群众满意度")).isEqualTo("满意度"); // the longest at a position
        assertThat(k.firstIn("办件数据")).isNull();
        assertThat(k.lastEnd("办件数据")).isEqualTo(-1);
        assertThat(k.isIn(null)).isFalse();
    }

    @Test
    void keysIgnoreSpacesPunctuationAndWidth() {
        assertThat(Texts.key("保证工作顺利开展。")).isEqualTo(Texts.key(" 保证工作 顺利开展"));
        assertThat(Texts.key("≥９５％")).isEqualTo("≥95%");
    }

    @Test
    void bigramSimilarity() {
        assertThat(Texts.similarity("政府投资项目评审", "政府投资项目评审费")).isGreaterThan(0.9);
        assertThat(Texts.similarity("工程建设项目", "工程建设项目联合审批系统运维费")).isLessThan(0.8);
        assertThat(Texts.sharedBigrams("社会信用重视程度", "网站注册人数")).isZero();
    }

    @Test
    void goalItemsAndNumberingDebris() {
        List<GoalItems.Item> items = GoalItems.split("1.1、\n合理有效使用资金。\n2.1、\n合理有效使用资金。");
        assertThat(items).hasSize(2);
        assertThat(items.get(0).hasDebris()).isTrue();
        assertThat(items.get(0).cleanContent()).isEqualTo("合理有效使用资金。");
        List<GoalItems.Item> year = GoalItems.split("1.2019年叫号系统及设备更新政府采购项目经费");
        assertThat(year).hasSize(1);
        assertThat(year.get(0).hasDebris()).isFalse();
        assertThat(GoalItems.render(List.of("甲", "乙"))).isEqualTo("1.甲\n2.乙");
    }

    @Test
    void amountsQuotedInThePurpose() {
        String text = "预算数   万元。其中：财政资金 1.5 万元，其他资金0万元。主要用于档案整理及数字化工作劳务费。";
        List<PurposeAmounts.Mention> m = PurposeAmounts.read(text);
        assertThat(m)
                .extracting(PurposeAmounts.Mention::kind)
                .containsExactly(PurposeAmounts.Kind.BUDGET, PurposeAmounts.Kind.FISCAL, PurposeAmounts.Kind.OTHER);
        assertThat(m.get(0).isBlank()).isTrue();
        assertThat(m.get(1).amount()).isEqualByComparingTo("1.5");
        assertThat(m.get(0).replaceIn(text, new BigDecimal("1.50"))).startsWith("预算数 1.5万元。");
        assertThat(PurposeAmounts.read("提高财政资金使用效益")).isEmpty();
    }
}
