package cn.perftarget.domain.framework;

import java.util.List;

/** An allowed 二级指标 name (with older or variant spellings) and what it measures. */
public record Level2(String name, IndicatorKind kind, List<String> aliases) {

    public Level2 {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }
}
