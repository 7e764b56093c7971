package cn.perftarget.domain.rules.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * A keyword list compiled for searching short texts: one pass over the text, looking up the words that start with
 * each character (instead of one {@code contains} per word). Built once per rule; immutable.
 */
public final class Keywords {

    private static final String[] NONE = new String[0];

    /** The first characters, sorted, and for each the words starting with it (longest first). */
    private final char[] firstChars;

    private final String[][] wordsByFirst;
    /** A bit per character that starts some word: the quick test made at every position of the text. */
    private final long[] first = new long[0x10000 / 64];

    private final List<String> words;

    public Keywords(List<String> words) {
        Map<Character, List<String>> groups = new HashMap<>();
        List<String> kept = new ArrayList<>();
        for (String w : words) {
            if (w == null || w.isEmpty()) {
                continue;
            }
            kept.add(w);
            groups.computeIfAbsent(w.charAt(0), c -> new ArrayList<>()).add(w);
            char c = w.charAt(0);
            first[c >>> 6] |= 1L << c;
        }
        this.words = List.copyOf(kept);
        this.firstChars = new char[groups.size()];
        this.wordsByFirst = new String[groups.size()][];
        int k = 0;
        for (Map.Entry<Character, List<String>> group : new TreeMap<>(groups).entrySet()) {
            firstChars[k] = group.getKey();
            // longest first, so that the first match at a position is the longest
            wordsByFirst[k] = group.getValue().stream()
                    .sorted((a, b) -> Integer.compare(b.length(), a.length()))
                    .toArray(String[]::new);
            k++;
        }
    }

    private boolean starts(char c) {
        return (first[c >>> 6] & (1L << c)) != 0;
    }

    private String[] startingWith(char c) {
        int at = Arrays.binarySearch(firstChars, c);
        return at < 0 ? NONE : wordsByFirst[at];
    }

    public static Keywords of(String... words) {
        return new Keywords(Arrays.asList(words));
    }

    public List<String> words() {
        return words;
    }

    /** The keyword that occurs first in {@code s} (the longest at that position), or null. */
    public @Nullable String firstIn(@Nullable String s) {
        if (s == null) {
            return null;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (starts(c)) {
                for (String w : startingWith(c)) {
                    if (s.startsWith(w, i)) {
                        return w;
                    }
                }
            }
        }
        return null;
    }

    public boolean isIn(String s) {
        return firstIn(s) != null;
    }

    /** The end index of the keyword occurrence that ends last in {@code s}, or -1. */
    public int lastEnd(String s) {
        if (s == null) {
            return -1;
        }
        int best = -1;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (starts(c)) {
                for (String w : startingWith(c)) {
                    if (s.startsWith(w, i)) {
                        best = Math.max(best, i + w.length());
                    }
                }
            }
        }
        return best;
    }
}
