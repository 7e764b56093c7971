package cn.perftarget.domain.rules.text;

import cn.perftarget.domain.value.IndicatorValue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jspecify.annotations.Nullable;

/** Amounts of money in 指标值 and in the table's cells, all in 万元. */
public final class Money {

    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);
    /** 万元, the unit of every amount of the table, as written in it. */
    public static final String WAN_YUAN = "万元";

    private Money() {}

    /** The money part of a unit: 万元, 万, 元, 千元, 亿元 (before any /), or null when the unit is not money. */
    public static @Nullable String moneyBase(@Nullable String unit) {
        if (unit == null) {
            return null;
        }
        int slash = unit.indexOf('/');
        String base = slash < 0 ? unit : unit.substring(0, slash);
        return switch (base) {
            case "万元", "万", "元", "千元", "亿元" -> base;
            default -> null;
        };
    }

    public static boolean isMoney(IndicatorValue v) {
        return v.isQuantitative() && moneyBase(v.unit()) != null;
    }

    /** A quantitative value with a money unit, converted to 万元 (per-unit denominators ignored); null otherwise. */
    public static @Nullable BigDecimal inWan(IndicatorValue v) {
        BigDecimal number = v.number();
        String base = moneyBase(v.unit());
        if (number == null || base == null) {
            return null;
        }
        return switch (base) {
            case "元" -> number.divide(TEN_THOUSAND, 6, RoundingMode.HALF_UP);
            case "千元" -> number.divide(BigDecimal.TEN, 6, RoundingMode.HALF_UP);
            case "亿元" -> number.multiply(TEN_THOUSAND);
            default -> number;
        };
    }

    /** An amount for a message: 1.87, 10.9, 2.5 (no trailing zeros). */
    public static String format(BigDecimal amount) {
        BigDecimal s = amount.stripTrailingZeros();
        if (s.scale() < 0) {
            s = s.setScale(0);
        }
        return s.toPlainString();
    }

    /** An amount for a cell: two decimals. */
    public static String cell(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
