package cn.perftarget.domain.table;

import cn.perftarget.domain.i18n.Labelled;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * 资金支出计划（%）: cumulative share of 预算数 spent by 3月底, 6月底, 10月底 and 12月底, each cell as written.
 */
public record SpendingPlan(String march, String june, String october, String december) {

    public static final SpendingPlan BLANK = new SpendingPlan("", "", "", "");

    /** The four checkpoints, in order; their names are in the bundle ({@code checkpoint.*}). */
    public enum Checkpoint implements Labelled {
        /** 3月底 */
        MARCH("checkpoint.MARCH", TableField.PLAN_MARCH),
        /** 6月底 */
        JUNE("checkpoint.JUNE", TableField.PLAN_JUNE),
        /** 10月底 */
        OCTOBER("checkpoint.OCTOBER", TableField.PLAN_OCTOBER),
        /** 12月底 */
        DECEMBER("checkpoint.DECEMBER", TableField.PLAN_DECEMBER);

        private final String labelKey;
        private final TableField field;

        Checkpoint(String labelKey, TableField field) {
            this.labelKey = labelKey;
            this.field = field;
        }

        @Override
        public String labelKey() {
            return labelKey;
        }

        /** The table's field of this checkpoint. */
        public TableField field() {
            return field;
        }

        /** Checkpoint {@code i}: 0 = 3月底 … 3 = 12月底. */
        public static Checkpoint of(int i) {
            return values()[i];
        }
    }

    public SpendingPlan {
        march = march == null ? "" : march;
        june = june == null ? "" : june;
        october = october == null ? "" : october;
        december = december == null ? "" : december;
    }

    public static SpendingPlan of(List<String> cells) {
        if (cells.size() != 4) {
            throw new IllegalArgumentException("a spending plan has 4 checkpoints, not " + cells.size());
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
