package cn.perftarget.domain.rules;

import cn.perftarget.domain.framework.Framework;
import cn.perftarget.domain.framework.IndicatorKind;
import cn.perftarget.domain.framework.Placement;
import cn.perftarget.domain.rules.text.Texts;
import cn.perftarget.domain.table.IndicatorColumn;
import cn.perftarget.domain.table.IndicatorRow;
import cn.perftarget.domain.table.TargetTable;
import cn.perftarget.domain.value.IndicatorValue;
import cn.perftarget.domain.value.ValueParser;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The table under validation with what every rule needs computed once: the framework of its year and region, where
 * each row lands in it (and so what each row measures), each 指标值 read with the region's grade list, and the budget.
 */
public final class TableFacts {

    private final TargetTable table;
    private final ValidationContext context;
    private final Framework framework;
    private final List<IndicatorRow> rows;
    private final Placement[] placements;
    private final IndicatorValue[] values;
    private final Optional<BigDecimal> budget;
    private final String[] keys;
    /** Made on first use. */
    private @Nullable Map<Object, Object> derived;

    public TableFacts(TargetTable table, ValidationContext context, Framework framework, ValueParser parser) {
        this.table = table;
        this.context = context;
        this.framework = framework;
        this.rows = table.indicators();
        int n = rows.size();
        this.placements = new Placement[n];
        this.values = new IndicatorValue[n];
        for (int i = 0; i < n; i++) {
            IndicatorRow r = rows.get(i);
            placements[i] = framework.place(r.level1(), r.level2());
            values[i] = parser == ValueParser.DEFAULT ? r.value() : parser.parse(r.valueText());
        }
        this.budget = table.budget().amount();
        this.keys = new String[n * COLUMNS.length];
    }

    private static final IndicatorColumn[] COLUMNS = IndicatorColumn.values();

    /** The comparison key ({@link Texts#key}) of a cell, computed once per validation. */
    public String key(int row, IndicatorColumn column) {
        int at = row * COLUMNS.length + column.ordinal();
        String k = keys[at];
        if (k == null) {
            k = Texts.key(column.valueOf(rows.get(row)));
            keys[at] = k;
        }
        return k;
    }

    /**
     * Something several rules derive from the table (the spending plan read as numbers, the goal items …), computed
     * once per validation. The key is typically the class of the derived value.
     */
    @SuppressWarnings("unchecked")
    public <T> T derived(Object key, Function<TableFacts, T> compute) {
        Map<Object, Object> values = derived;
        if (values == null) {
            values = new HashMap<>(8);
            derived = values;
        }
        Object v = values.get(key);
        if (v == null) {
            v = compute.apply(this);
            values.put(key, v);
        }
        return (T) v;
    }

    public TargetTable table() {
        return table;
    }

    public ValidationContext context() {
        return context;
    }

    public Framework framework() {
        return framework;
    }

    public List<IndicatorRow> rows() {
        return rows;
    }

    public int rowCount() {
        return rows.size();
    }

    public IndicatorRow row(int i) {
        return rows.get(i);
    }

    /** The 指标值 of row {@code i}, read with the region's grade list. */
    public IndicatorValue value(int i) {
        return values[i];
    }

    public Placement placement(int i) {
        return placements[i];
    }

    /** What row {@code i} measures; null when its 二级 name is unknown to the framework. */
    public @Nullable IndicatorKind kind(int i) {
        return placements[i].kind();
    }

    public boolean isKind(int i, IndicatorKind kind) {
        return placements[i].kind() == kind;
    }

    /** A row with something written in 三级, 描述 or 值 (a row the drafter filled, rightly or not). */
    public boolean isFilled(int i) {
        IndicatorRow r = rows.get(i);
        return !r.level3().isBlank()
                || !r.description().isBlank()
                || !r.valueText().isBlank();
    }

    /** A row left from the template: a category and nothing else. */
    public boolean isEmptyTemplateRow(int i) {
        IndicatorRow r = rows.get(i);
        return r.level3().isBlank()
                && r.description().isBlank()
                && r.valueText().isBlank()
                && r.basis().isBlank();
    }

    /** 预算数 in 万元, when written. */
    public Optional<BigDecimal> budget() {
        return budget;
    }
}
