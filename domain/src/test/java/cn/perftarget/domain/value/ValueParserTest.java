package cn.perftarget.domain.value;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The 指标值 grammar on values written in the seed tables. */
class ValueParserTest {

    @ParameterizedTest(name = "{0} → {1} {2} {3}")
    @CsvSource(
            delimiter = '|',
            value = {
                // written | operator | number | unit | normalised
                "≥95%          | GE | 95      | %        | ≥95%",
                "≤6 万元        | LE | 6       | 万元      | ≤6万元",
                "=24人          | EQ | 24      | 人        | =24人",
                "24人           | EQ | 24      | 人        | =24人",
                "3860元/月/人    | EQ | 3860    | 元/月/人   | =3860元/月/人",
                "1.8万元        | EQ | 1.8     | 万元      | =1.8万元",
                "1.925万元      | EQ | 1.925   | 万元      | =1.925万元",
                "98%以上        | GE | 98      | %        | ≥98%",
                "100%以上       | GE | 100     | %        | ≥100%",
                "2次以内        | LE | 2       | 次        | ≤2次",
                "5次以下        | LE | 5       | 次        | ≤5次",
                "10次以内       | LE | 10      | 次        | ≤10次",
                "20项以上       | GE | 20      | 项        | ≥20项",
                "50本以上       | GE | 50      | 本        | ≥50本",
                "4篇以上        | GE | 4       | 篇        | ≥4篇",
                "不超过3人       | LE | 3       | 人        | ≤3人",
                "不低于95%       | GE | 95      | %        | ≥95%",
                "不少于20次      | GE | 20      | 次        | ≥20次",
                "不高于5万元     | LE | 5       | 万元      | ≤5万元",
                "＞0            | GT | 0       | ''       | >0",
                "≤164.82万元    | LE | 164.82  | 万元      | ≤164.82万元",
                "≤12万元        | LE | 12      | 万元      | ≤12万元",
                "10000以上      | GE | 10000   | ''       | ≥10000",
                "≥95            | GE | 95      | ''       | ≥95",
                "11             | EQ | 11      | ''       | =11",
                "0              | EQ | 0       | ''       | =0",
                "10.9万         | EQ | 10.9    | 万        | =10.9万",
                "2.5万          | EQ | 2.5     | 万        | =2.5万",
                "50次           | EQ | 50      | 次        | =50次",
                "700本          | EQ | 700     | 本        | =700本",
                "４．３％以上      | GE | 4.3     | %        | ≥4.3%",
                "≧ 95 ％        | GE | 95      | %        | ≥95%",
                ">=90%          | GE | 90      | %        | ≥90%",
                "<=10天         | LE | 10      | 天        | ≤10天",
                "＜ 3 %         | LT | 3       | %        | <3%",
                "每天1次以上      | GE | 1       | 次/天     | ≥1次/天",
                "每周2次以上      | GE | 2       | 次/周     | ≥2次/周",
                "每日两人次以上    | GE | 2       | 人次/日   | ≥2人次/日",
                "一周以内        | LE | 1       | 周        | ≤1周",
                "95%及以上       | GE | 95      | %        | ≥95%",
                "达到95%以上     | GE | 95      | %        | ≥95%",
                "10,000人次     | EQ | 10000   | 人次      | =10000人次",
            })
    void quantitativeValues(String written, Operator op, BigDecimal number, String unit, String normalised) {
        IndicatorValue v = ValueParser.DEFAULT.parse(written);
        assertThat(v.kind()).isEqualTo(ValueKind.QUANTITATIVE);
        assertThat(v.operator()).isEqualTo(op);
        assertThat(v.number()).isEqualByComparingTo(number);
        assertThat(v.unit()).isEqualTo(unit);
        assertThat(v.normalised()).isEqualTo(normalised);
        assertThat(v.original()).isEqualTo(written);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"每月15日前", "10日之前", "30日之前", "11月以前完成", "2日内完成", "当日办结", "3个工作日内", "12月31日前", "年底前完成", "每月 15 日前"
            })
    void deadlines(String written) {
        IndicatorValue v = ValueParser.DEFAULT.parse(written);
        assertThat(v.kind()).isEqualTo(ValueKind.DEADLINE);
        assertThat(v.operator()).isNull();
        assertThat(v.number()).isNull();
        assertThat(v.normalised()).isEqualTo(written);
    }

    @ParameterizedTest
    @ValueSource(strings = {"好", "较好", "一般", "较差", "差", "良好", "优秀", "合格", "达标", " 良好 "})
    void defaultGrades(String written) {
        assertThat(ValueParser.DEFAULT.parse(written).kind()).isEqualTo(ValueKind.GRADE);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "显著提升",
                "持续提升",
                "保障工作顺利开展",
                "按时完成",
                "按合同期限完成",
                "合同规定时间内完成",
                "为群众提供免费复印25万份",
                "分情况转办、领办或代办",
                "成效显著",
                "十分满意",
                "不超过95%以上",
                "10%-20%"
            })
    void freeText(String written) {
        IndicatorValue v = ValueParser.DEFAULT.parse(written);
        assertThat(v.kind()).isEqualTo(ValueKind.TEXT);
        assertThat(v.original()).isEqualTo(written);
        assertThat(v.normalised()).isEqualTo(written);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t", "\u3000", "  \n "})
    void blank(String written) {
        IndicatorValue v = ValueParser.DEFAULT.parse(written);
        assertThat(v.kind()).isEqualTo(ValueKind.BLANK);
        assertThat(v.original()).isEqualTo(written);
    }

    @Test
    void nullIsBlankWithEmptyOriginal() {
        IndicatorValue v = ValueParser.DEFAULT.parse(null);
        assertThat(v.kind()).isEqualTo(ValueKind.BLANK);
        assertThat(v.original()).isEmpty();
    }

    @Test
    void gradeListIsConfiguration() {
        ValueParser parser = new ValueParser(List.of("满意", "基本满意"));
        assertThat(parser.parse("基本满意").kind()).isEqualTo(ValueKind.GRADE);
        assertThat(parser.parse("良好").kind()).isEqualTo(ValueKind.TEXT);
        assertThat(parser.parse("一般").kind()).isEqualTo(ValueKind.TEXT);
    }

    @Test
    void percentHelper() {
        assertThat(IndicatorValue.parse("90%以上").isPercent()).isTrue();
        assertThat(IndicatorValue.parse("90").isPercent()).isFalse();
        assertThat(IndicatorValue.parse("100%以上").normalisedWith(Operator.EQ)).isEqualTo("=100%");
    }
}
