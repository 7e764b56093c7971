package cn.perftarget.domain.value;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Properties of the 指标值 grammar: total, lossless, and operator/number/unit survive every way of writing them. */
class ValueParserPropertiesTest {

    /** How a value can be written: which operator form, digit width and spacing. */
    enum OperatorForm {
        SYMBOL,
        ASCII,
        FULL_WIDTH,
        WORD_BEFORE,
        WORD_AFTER
    }

    record Written(
            Operator op,
            BigDecimal number,
            String unit,
            OperatorForm form,
            boolean fullWidthDigits,
            boolean spaces,
            int variant) {

        String text() {
            String num = number.toPlainString();
            if (fullWidthDigits) {
                StringBuilder b = new StringBuilder();
                for (char c : num.toCharArray()) {
                    b.append(c == '.' ? '．' : (char) (c - '0' + '０'));
                }
                num = b.toString();
            }
            String sp = spaces ? " " : "";
            String before = switch (form) {
                case SYMBOL -> op == Operator.EQ && variant % 2 == 0 ? "" : op.symbol();
                case ASCII ->
                    switch (op) {
                        case GE -> ">=";
                        case LE -> "<=";
                        case GT -> ">";
                        case LT -> "<";
                        case EQ -> "=";
                    };
                case FULL_WIDTH ->
                    switch (op) {
                        case GE -> variant % 2 == 0 ? "≧" : "＞＝";
                        case LE -> variant % 2 == 0 ? "≦" : "＜＝";
                        case GT -> "＞";
                        case LT -> "＜";
                        case EQ -> "＝";
                    };
                case WORD_BEFORE ->
                    pick(
                            switch (op) {
                                case GE -> List.of("不低于", "不少于", "大于等于", "不小于");
                                case LE -> List.of("不超过", "不高于", "小于等于", "不大于");
                                case GT -> List.of("大于", "高于", "超过");
                                case LT -> List.of("小于", "低于");
                                case EQ -> List.of("", "等于");
                            });
                case WORD_AFTER -> op == Operator.GE || op == Operator.LE ? "" : op.symbol();
            };
            String after = form != OperatorForm.WORD_AFTER
                    ? ""
                    : switch (op) {
                        case GE -> pick(List.of("以上", "及以上"));
                        case LE -> pick(List.of("以下", "以内", "及以下"));
                        default -> "";
                    };
            return sp + before + sp + num + sp + unit + sp + after + sp;
        }

        private String pick(List<String> options) {
            return options.get(variant % options.size());
        }
    }

    @Property(tries = 2000)
    void parseNeverThrowsAndKeepsTheOriginal(@ForAll String text) {
        IndicatorValue v = ValueParser.DEFAULT.parse(text);
        assertThat(v.original()).isEqualTo(text);
        assertThat(v.kind()).isNotNull();
        if (v.isQuantitative()) {
            assertThat(v.operator()).isNotNull();
            assertThat(v.number()).isNotNull();
            assertThat(v.unit()).isNotNull();
        } else {
            assertThat(v.operator()).isNull();
            assertThat(v.number()).isNull();
        }
    }

    @Property(tries = 2000)
    void parseNeverThrowsOnValueLikeNoise(@ForAll("valueLikeNoise") String text) {
        IndicatorValue v = ValueParser.DEFAULT.parse(text);
        assertThat(v.original()).isEqualTo(text);
        assertThat(v.normalised()).isNotNull();
    }

    @Property(tries = 3000)
    void operatorNumberAndUnitRoundTrip(@ForAll("written") Written w) {
        IndicatorValue v = ValueParser.DEFAULT.parse(w.text());
        assertThat(v.kind()).as(w.text()).isEqualTo(ValueKind.QUANTITATIVE);
        assertThat(v.operator()).as(w.text()).isEqualTo(w.op());
        assertThat(v.number()).as(w.text()).isEqualByComparingTo(w.number());
        assertThat(v.unit()).as(w.text()).isEqualTo(w.unit());
        // the normalised rendering reads back as the same value
        IndicatorValue again = ValueParser.DEFAULT.parse(v.normalised());
        assertThat(again.operator()).isEqualTo(w.op());
        assertThat(again.number()).isEqualByComparingTo(w.number());
        assertThat(again.unit()).isEqualTo(w.unit());
    }

    @Provide
    Arbitrary<Written> written() {
        Arbitrary<BigDecimal> numbers = Combinators.combine(
                        Arbitraries.longs().between(0, 10_000_000L),
                        Arbitraries.integers().between(0, 3))
                .as(BigDecimal::valueOf);
        Arbitrary<String> units = Arbitraries.of(
                "%", "万元", "元", "次", "个", "台", "套", "本", "人", "篇", "条", "项", "份", "天", "日", "月", "元/月/人", "万", "");
        return Combinators.combine(
                        Arbitraries.of(Operator.class),
                        numbers,
                        units,
                        Arbitraries.of(OperatorForm.class),
                        Arbitraries.of(true, false),
                        Arbitraries.of(true, false),
                        Arbitraries.integers().between(0, 11))
                .as(Written::new);
    }

    @Provide
    Arbitrary<String> valueLikeNoise() {
        return Arbitraries.strings()
                .withChars("0123456789.,-%％≥≤≧≦＞＜=<>万元次人/月日天前内以上下之当每一二两十个　 \t以内不超过低于少高于")
                .ofMinLength(0)
                .ofMaxLength(14);
    }
}
