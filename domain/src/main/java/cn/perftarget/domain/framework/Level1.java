package cn.perftarget.domain.framework;

import java.util.List;

/** A 一级指标 with the 二级 names it allows. Aliases are older names (效果指标 for 效益指标 in 2015). */
public record Level1(String name, List<String> aliases, List<Level2> level2) {

    public Level1 {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        level2 = level2 == null ? List.of() : List.copyOf(level2);
    }
}
