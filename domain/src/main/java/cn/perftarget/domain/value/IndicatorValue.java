package cn.perftarget.domain.value;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * 指标值 parsed once: its kind, operator, number and unit, and always the text the drafter typed. A value has an
 * operator, a number and a unit exactly when it is quantitative, so a reader that found one of them there knows the
 * kind.
 *
 * @param original exactly as written
 * @param kind     quantitative, deadline, grade, free text or blank
 * @param operator for a quantitative value (a value with no operator means EQ); null otherwise
 * @param number   for a quantitative value; null otherwise
 * @param unit     for a quantitative value, as written after the number (may be empty); a frequency prefix
 *                 (每天1次以上) is carried as a per-unit ({@code 次/天}); null otherwise
 */
public record IndicatorValue(
        String original,
        ValueKind kind,
        @Nullable Operator operator,
        @Nullable BigDecimal number,
        @Nullable String unit) {

    public IndicatorValue {
        if ((kind == ValueKind.QUANTITATIVE) != (operator != null && number != null && unit != null)) {
            throw new IllegalArgumentException(
                    "operator, number and unit belong to a quantitative value, and only to it");
        }
    }

    public static IndicatorValue parse(String text) {
        return ValueParser.DEFAULT.parse(text);
    }

    public boolean isQuantitative() {
        return kind == ValueKind.QUANTITATIVE;
    }

    /** A quantitative value whose unit is a percentage. */
    public boolean isPercent() {
        return kind == ValueKind.QUANTITATIVE && "%".equals(unit);
    }

    /**
     * The canonical form of a quantitative value, operator + number + unit ({@code 98%以上} → {@code ≥98%},
     * {@code 24人} → {@code =24人}); the original text for any other kind.
     */
    public String normalised() {
        if (operator == null) {
            return original;
        }
        return normalisedWith(operator);
    }

    /** The same value with another operator, rendered canonically (used by one-click fixes). */
    public String normalisedWith(Operator newOperator) {
        if (number == null || unit == null) {
            return original;
        }
        return newOperator.symbol() + number.toPlainString() + unit;
    }
}
