package cn.perftarget.domain.framework;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An indicator framework (指标体系): the allowed 一级/二级 pairs of one version, and the categories a table must and
 * should fill. Frameworks are data ({@code frameworks/*.json}); names are compared without white space (PDF copies
 * break cells over lines) and without a trailing 指标 ({@code 可持续性影响} = {@code 可持续性影响指标}).
 */
public final class Framework {

    private final String id;
    private final String name;
    private final List<Level1> level1;
    private final List<CategoryGroup> required;
    private final List<CategoryGroup> recommended;
    private final Map<String, Level1> level1ByKey = new HashMap<>();
    private final Map<String, Level2> level2ByKey = new HashMap<>();
    private final Map<Level2, Level1> parentOf = new HashMap<>();
    /** Placements by 一级 then 二级 name as written: tables repeat the same few names on every row. */
    private final Map<String, Map<String, Placement>> placed = new java.util.concurrent.ConcurrentHashMap<>();

    private static final int PLACEMENT_CACHE_LIMIT = 4096;

    public Framework(
            String id,
            String name,
            List<Level1> level1,
            List<CategoryGroup> required,
            List<CategoryGroup> recommended) {
        this.id = id;
        this.name = name;
        this.level1 = List.copyOf(level1);
        this.required = List.copyOf(required);
        this.recommended = List.copyOf(recommended);
        for (Level1 l1 : this.level1) {
            level1ByKey.put(key(l1.name()), l1);
            l1.aliases().forEach(a -> level1ByKey.put(key(a), l1));
            for (Level2 l2 : l1.level2()) {
                level2ByKey.put(key(l2.name()), l2);
                l2.aliases().forEach(a -> level2ByKey.put(key(a), l2));
                parentOf.put(l2, l1);
            }
        }
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public List<Level1> level1() {
        return level1;
    }

    /** Categories whose absence is an error (2015: 数量, 成本, 效益). */
    public List<CategoryGroup> required() {
        return required;
    }

    /** Categories whose absence is a warning (2015: 质量, 时效, 满意度). */
    public List<CategoryGroup> recommended() {
        return recommended;
    }

    /** Where a row's 一级/二级 names land in this framework. */
    public Placement place(String level1Name, String level2Name) {
        String l1 = level1Name == null ? "" : level1Name;
        String l2 = level2Name == null ? "" : level2Name;
        Map<String, Placement> byLevel2 = placed.get(l1);
        Placement p = byLevel2 == null ? null : byLevel2.get(l2);
        if (p == null) {
            p = compute(l1, l2);
            if (placed.size() < PLACEMENT_CACHE_LIMIT) {
                Map<String, Placement> m =
                        placed.computeIfAbsent(l1, k -> new java.util.concurrent.ConcurrentHashMap<>());
                if (m.size() < PLACEMENT_CACHE_LIMIT) {
                    m.put(l2, p);
                }
            }
        }
        return p;
    }

    private Placement compute(String level1Name, String level2Name) {
        String k1 = key(level1Name);
        String k2 = key(level2Name);
        if (k1.isEmpty() && k2.isEmpty()) {
            return new Placement(Placement.Status.BLANK, null, null, null, null);
        }
        Level1 l1 = level1ByKey.get(k1);
        Level2 l2 = level2ByKey.get(k2);
        if (l2 == null) {
            if (l1 == null) {
                return new Placement(Placement.Status.UNKNOWN_LEVEL1, null, null, null, null);
            }
            return new Placement(Placement.Status.UNKNOWN_LEVEL2, null, l1.name(), null, null);
        }
        Level1 parent = parentOf.get(l2);
        if (parent == null) {
            throw new IllegalStateException("二级 " + l2.name() + " listed under no 一级");
        }
        if (l1 == null) {
            return new Placement(
                    k1.isEmpty() ? Placement.Status.OK : Placement.Status.UNKNOWN_LEVEL1,
                    l2.kind(),
                    k1.isEmpty() ? parent.name() : null,
                    l2.name(),
                    parent.name());
        }
        if (l1 != parent) {
            return new Placement(Placement.Status.MISPLACED, l2.kind(), l1.name(), l2.name(), parent.name());
        }
        return new Placement(Placement.Status.OK, l2.kind(), l1.name(), l2.name(), parent.name());
    }

    /** The comparison key of a name: no white space, no trailing 指标. */
    static String key(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isWhitespace(c) && c != '\u3000' && c != '\u00A0') {
                b.append(c);
            }
        }
        int n = b.length();
        if (n > 2 && b.charAt(n - 2) == '指' && b.charAt(n - 1) == '标') {
            b.setLength(n - 2);
        }
        return b.toString();
    }

    @Override
    public String toString() {
        return "Framework[" + id + "]";
    }
}
