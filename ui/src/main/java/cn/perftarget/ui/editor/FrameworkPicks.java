package cn.perftarget.ui.editor;

import cn.perftarget.domain.framework.Framework;
import cn.perftarget.domain.framework.Level1;
import cn.perftarget.domain.framework.Level2;
import java.util.ArrayList;
import java.util.List;

/** The pick lists of the 一级/二级 columns: the names of the table's framework (by fiscal year and region). */
final class FrameworkPicks {

    private final Framework framework;

    FrameworkPicks(Framework framework) {
        this.framework = framework;
    }

    String frameworkName() {
        return framework.name();
    }

    List<String> level1Names() {
        return framework.level1().stream().map(Level1::name).toList();
    }

    /** The 二级 names under a 一级 (its name or an alias); every 二级 name when the 一级 is not one of the framework. */
    List<String> level2Names(String level1) {
        String key = key(level1);
        for (Level1 l1 : framework.level1()) {
            if (key(l1.name()).equals(key) || l1.aliases().stream().anyMatch(a -> key(a).equals(key))) {
                return l1.level2().stream().map(Level2::name).toList();
            }
        }
        List<String> all = new ArrayList<>();
        framework.level1().forEach(l1 -> l1.level2().forEach(l2 -> all.add(l2.name())));
        return all;
    }

    private static String key(String s) {
        return s == null ? "" : s.replaceAll("[\\s\\u3000\\u00A0]", "");
    }
}
