package cn.perftarget.domain.importer;

import cn.perftarget.domain.framework.Framework;
import cn.perftarget.domain.framework.FrameworkCatalog;
import cn.perftarget.domain.framework.Level1;
import cn.perftarget.domain.framework.Level2;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The names the 一级 and 二级 columns hold, in every framework of the catalog with their aliases
 * (效果指标, 可持续性影响指标 …). In PDF text they tell those columns apart from the 三级 column, whose cells
 * are no longer separated there. Names must match exactly: a 三级 name often repeats its category without the
 * suffix (服务对象满意度), so a name without 指标 is not taken as a category, except the forms listed in
 * {@link #PRINTED_LEVEL2}, which published PDF tables print in cells too narrow for the whole name.
 * Which pairs are allowed is the framework's business, not the importer's.
 */
final class IndicatorCategoryNames {

    /** 二级 names as printed by narrow PDF cells (seed 000: 可持续 / 性影响 for 可持续性影响指标). */
    static final Set<String> PRINTED_LEVEL2 = Set.of("可持续性影响");

    static final IndicatorCategoryNames BUNDLED = of(FrameworkCatalog.bundled().frameworks());

    private final Set<String> level1;
    private final Set<String> level2;

    private IndicatorCategoryNames(Set<String> level1, Set<String> level2) {
        this.level1 = Set.copyOf(level1);
        this.level2 = Set.copyOf(level2);
    }

    static IndicatorCategoryNames of(List<Framework> frameworks) {
        Set<String> l1 = new HashSet<>();
        Set<String> l2 = new HashSet<>(PRINTED_LEVEL2);
        for (Framework f : frameworks) {
            for (Level1 one : f.level1()) {
                l1.add(Labels.norm(one.name()));
                one.aliases().forEach(a -> l1.add(Labels.norm(a)));
                for (Level2 two : one.level2()) {
                    l2.add(Labels.norm(two.name()));
                    two.aliases().forEach(a -> l2.add(Labels.norm(a)));
                }
            }
        }
        return new IndicatorCategoryNames(l1, l2);
    }

    boolean isLevel1(String text) {
        return known(level1, text);
    }

    boolean isLevel2(String text) {
        return known(level2, text);
    }

    boolean isName(String text) {
        return isLevel1(text) || isLevel2(text);
    }

    private static boolean known(Set<String> names, String text) {
        return names.contains(Labels.norm(text));
    }
}
