package cn.perftarget.domain.table;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * 资金支出计划（%）: cumulative share of 预算数 spent by 3月底, 6月底, 10月底 and 12月底, each cell as written.
 */
public record SpendingPlan(String march, String june, String october, String december) {

    public static final List<String> CHECKPOINTS = List.of("3月底", "6月底", "10月底", "12月底");
    public static final SpendingPlan BLANK = new SpendingPlan("", "", "", "");

    public SpendingPlan {
        march = march == null ? "" : march;
        june = june == null ? "" : june;
        october = october == null ? "" : october;
        december = december == null ? "" : december;
    }

    public static SpendingPlan of(List<String> cells) {
        if (cells.size() != 4) {
            throw new IllegalArgumentException("资金支出计划需要4个时点，实际为" + cells.size());
        }
        return new SpendingPlan(cells.get(0), cells.get(1), cells.get(2), cells.get(3));
    }

    public List<String> cells() {
        return List.of(march, june, october, december);
    }

    /** The value of checkpoint {@code i} (0 = 3月底 … 3 = 12月底) as a number, with a trailing % removed. */
    public Optional<BigDecimal> value(int i) {
        return Numbers.parseDecimal(cells().get(i).replace("%", "").replace("％", ""));
    }

    /** Whether checkpoint {@code i} is written as a percentage (ends with %). */
    public boolean isPercent(int i) {
        String c = Numbers.halfWidth(cells().get(i)).trim();
        return c.endsWith("%");
    }
}
