package cn.perftarget.domain.value;

/** Comparison of a quantitative 指标值. */
public enum Operator {
    GE("≥"),
    LE("≤"),
    EQ("="),
    GT(">"),
    LT("<");

    private final String symbol;

    Operator(String symbol) {
        this.symbol = symbol;
    }

    /** The normalised symbol: ≥ ≤ = > < */
    public String symbol() {
        return symbol;
    }
}
