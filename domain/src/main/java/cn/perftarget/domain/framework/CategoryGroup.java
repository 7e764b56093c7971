package cn.perftarget.domain.framework;

import java.util.Set;

/**
 * A category a table must (or should) fill: satisfied by any row of one of the kinds, e.g. 效益指标 by any benefit.
 *
 * @param label the category's name in the framework (data, as the framework's tables write it)
 * @param kinds the kinds that satisfy it
 */
public record CategoryGroup(String label, Set<IndicatorKind> kinds) {

    public CategoryGroup {
        kinds = Set.copyOf(kinds);
    }
}
