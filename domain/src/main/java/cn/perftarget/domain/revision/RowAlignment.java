package cn.perftarget.domain.revision;

import cn.perftarget.domain.table.IndicatorRow;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Pairs the indicator rows of two revisions, keeping their order (a weighted longest common subsequence).
 * Pairs are preferred in tiers, each worth more than any number of the next: an identical row; the same
 * 三级指标 in the same category; a similar row (text similarity ≥ 0.5) in the same category. A category is the
 * same when the 一级 or the 二级 name is (a corrected 一级 name such as 效果指标 → 效益指标 still pairs).
 * Inserting one row therefore pairs every other row with its twin and shows the one row as added.
 */
final class RowAlignment {

    static final double SIMILAR = 0.5;
    private static final double IDENTICAL_WEIGHT = 1_000_000;
    private static final double SAME_KEY_WEIGHT = 1_000;
    private static final byte SKIP_BEFORE = 1;
    private static final byte SKIP_AFTER = 2;
    private static final byte PAIR = 3;

    /** A pair of row indexes (0-based) in the older and the newer table. */
    record Pair(int before, int after) {}

    private RowAlignment() {}

    static List<Pair> align(List<IndicatorRow> before, List<IndicatorRow> after) {
        int n = before.size();
        int m = after.size();
        double[][] best = new double[n + 1][m + 1];
        byte[][] move = new byte[n + 1][m + 1];
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= m; j++) {
                double w = weight(before.get(i - 1), after.get(j - 1));
                double up = best[i - 1][j];
                double left = best[i][j - 1];
                if (w > 0 && best[i - 1][j - 1] + w >= Math.max(up, left)) {
                    best[i][j] = best[i - 1][j - 1] + w;
                    move[i][j] = PAIR;
                } else if (up >= left) {
                    best[i][j] = up;
                    move[i][j] = SKIP_BEFORE;
                } else {
                    best[i][j] = left;
                    move[i][j] = SKIP_AFTER;
                }
            }
        }
        List<Pair> pairs = new ArrayList<>();
        int i = n;
        int j = m;
        while (i > 0 && j > 0) {
            switch (move[i][j]) {
                case PAIR -> {
                    pairs.add(new Pair(i - 1, j - 1));
                    i--;
                    j--;
                }
                case SKIP_BEFORE -> i--;
                default -> j--;
            }
        }
        Collections.reverse(pairs);
        return pairs;
    }

    /** How much pairing these two rows is worth; 0 when they must not be paired. */
    static double weight(IndicatorRow a, IndicatorRow b) {
        if (RevisionDiff.changedCells(a, b).isEmpty()) {
            return IDENTICAL_WEIGHT;
        }
        boolean sameCategory = same(a.level1(), b.level1()) || same(a.level2(), b.level2());
        if (!sameCategory) {
            return 0;
        }
        double similarity = TextSimilarity.of(body(a), body(b));
        if (!a.level3().isBlank() && same(a.level3(), b.level3())) {
            return SAME_KEY_WEIGHT + similarity;
        }
        return similarity >= SIMILAR ? similarity : 0;
    }

    private static boolean same(String x, String y) {
        return x.strip().equals(y.strip());
    }

    private static String body(IndicatorRow r) {
        return r.level3().strip() + "\n" + r.description().strip() + "\n"
                + r.valueText().strip() + "\n" + r.basis().strip();
    }
}
