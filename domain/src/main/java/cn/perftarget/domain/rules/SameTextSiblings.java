package cn.perftarget.domain.rules;

import cn.perftarget.domain.table.TargetTable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The other projects of the same department and year whose text of one kind (the goals, the fund use …) is the
 * table's own, compared by a normalised key: what the "copied" rules (R03 goals, R04 fund use) share. The index over
 * the context's tables is built once per context, and a stored sibling's key is looked up, not computed again.
 */
public final class SameTextSiblings {

    /** Normalised text → tables, per department and year; each sibling's group and text key, by identity. */
    private record Index(Map<String, Map<String, List<TargetTable>>> byGroup, Map<TargetTable, String[]> keys) {}

    private final Function<TargetTable, String> textKey;

    /** @param textKey the comparison key of a table's text; "" when it has none */
    public SameTextSiblings(Function<TargetTable, String> textKey) {
        this.textKey = textKey;
    }

    /**
     * The other projects of the table's department and year with the same text key, in context order; none when the
     * context has no siblings or the key is shorter than {@code minLength}.
     */
    public List<TargetTable> of(TableFacts t, int minLength) {
        TargetTable table = t.table();
        ValidationContext ctx = t.context();
        if (ctx.siblings().isEmpty()) {
            return List.of();
        }
        Index index = ctx.memo(this, this::build);
        String[] known = index.keys().get(table);
        String key = known != null ? known[1] : textKey.apply(table);
        if (key.length() < minLength) {
            return List.of();
        }
        String group = known != null ? known[0] : ValidationContext.departmentYearKey(table);
        List<TargetTable> same = index.byGroup().getOrDefault(group, Map.of()).get(key);
        if (same == null) {
            return List.of();
        }
        List<TargetTable> others = new ArrayList<>();
        for (TargetTable other : same) {
            if (!ValidationContext.sameProject(other, table)) {
                others.add(other);
            }
        }
        return others;
    }

    private Index build(List<TargetTable> siblings) {
        Map<String, Map<String, List<TargetTable>>> byGroup = new HashMap<>();
        Map<TargetTable, String[]> keys = new IdentityHashMap<>();
        for (TargetTable s : siblings) {
            String k = textKey.apply(s);
            String g = ValidationContext.departmentYearKey(s);
            keys.put(s, new String[] {g, k});
            if (!k.isEmpty()) {
                byGroup.computeIfAbsent(g, x -> new HashMap<>())
                        .computeIfAbsent(k, x -> new ArrayList<>())
                        .add(s);
            }
        }
        return new Index(byGroup, keys);
    }
}
