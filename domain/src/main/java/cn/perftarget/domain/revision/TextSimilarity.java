package cn.perftarget.domain.revision;

/** Similarity of two texts: 2·LCS / (|a| + |b|), from 0 (nothing in common) to 1 (equal). */
final class TextSimilarity {

    /** Longer texts are compared by their beginning only; indicator cells are short. */
    private static final int MAX_LENGTH = 400;

    private TextSimilarity() {}

    static double of(String a, String b) {
        String x = a.length() > MAX_LENGTH ? a.substring(0, MAX_LENGTH) : a;
        String y = b.length() > MAX_LENGTH ? b.substring(0, MAX_LENGTH) : b;
        if (x.isEmpty() && y.isEmpty()) {
            return 1.0;
        }
        int[] previous = new int[y.length() + 1];
        int[] current = new int[y.length() + 1];
        for (int i = 1; i <= x.length(); i++) {
            for (int j = 1; j <= y.length(); j++) {
                current[j] = x.charAt(i - 1) == y.charAt(j - 1)
                        ? previous[j - 1] + 1
                        : Math.max(previous[j], current[j - 1]);
            }
            int[] t = previous;
            previous = current;
            current = t;
        }
        return 2.0 * previous[y.length()] / (x.length() + y.length());
    }
}
