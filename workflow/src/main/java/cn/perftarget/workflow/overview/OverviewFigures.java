package cn.perftarget.workflow.overview;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Everything the overview shows of a fiscal year (the round of that year) in the user's scope.
 *
 * @param at          the engine's time the waiting times are counted to
 * @param units       every unit of the scope (active, or with tables of the year), by department and code
 * @param departments the departments of the scope, by code
 * @param rules       tables with findings per department and rule, most first
 * @param waiting     per review step (主管部门审核, 财政审核, 单位确认)
 * @param current     the totals of the year
 * @param previous    the totals of the year before, to compare with
 * @param late        submitted after the round's deadline; null while there is no round of the year
 */
public record OverviewFigures(
        int fiscalYear,
        Instant at,
        List<UnitFigures> units,
        List<DepartmentFigures> departments,
        List<RuleCount> rules,
        List<WaitingTime> waiting,
        Counts current,
        Counts previous,
        LateSubmissions.@Nullable LateFigures late) {

    public OverviewFigures {
        units = List.copyOf(units);
        departments = List.copyOf(departments);
        rules = List.copyOf(rules);
        waiting = List.copyOf(waiting);
    }

    /** Active units with nothing submitted this year. */
    public List<UnitFigures> unitsWithoutSubmission() {
        return units.stream().filter(UnitFigures::nothingSubmitted).toList();
    }
}
