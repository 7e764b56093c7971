package cn.perftarget.workflow.overview;

import cn.perftarget.domain.user.AppUser;
import cn.perftarget.workflow.access.ServiceAction;
import cn.perftarget.workflow.deadline.EngineClock;
import cn.perftarget.workflow.security.ServiceGate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 总览: the figures of a fiscal year's round in the user's scope (a department reviewer: the department's units; a
 * fiscal reviewer: the departments of their section, or of every section of their bureau; an auditor: the region),
 * read from the counters the database keeps in the transaction of every change of a table ({@code overview_count},
 * V18) — a few statements whatever the number of tables. Action {@link ServiceAction#READ_OVERVIEW}.
 */
@Service
public class OverviewService {

    private final ServiceGate gate;
    private final OverviewQuery query;
    private final EngineClock clock;
    private final NamedParameterJdbcTemplate jdbc;
    private final ObjectProvider<LateSubmissions> late;
    private final CoverageQuery coverage;

    OverviewService(
            ServiceGate gate,
            OverviewQuery query,
            EngineClock clock,
            NamedParameterJdbcTemplate jdbc,
            ObjectProvider<LateSubmissions> late,
            CoverageQuery coverage) {
        this.coverage = coverage;
        this.gate = gate;
        this.query = query;
        this.clock = clock;
        this.jdbc = jdbc;
        this.late = late;
    }

    /** The fiscal years with tables in the user's scope, newest first. */
    @Transactional(readOnly = true)
    public List<Integer> years(AppUser user) {
        return gate.enter(user, ServiceAction.READ_OVERVIEW, "", by -> {
            OverviewScope scope = OverviewScope.of(by);
            return jdbc.queryForList("with " + OverviewScope.CTE + """
                             select distinct c.fiscal_year from overview_count c
                              where c.unit_id in (select id from scope_units) and c.tables > 0
                              order by c.fiscal_year desc""", scope.params(), Integer.class);
        });
    }

    /** The figures of the year. */
    @Transactional(readOnly = true)
    public OverviewFigures figures(AppUser user, int fiscalYear) {
        return gate.enter(user, ServiceAction.READ_OVERVIEW, "year:" + fiscalYear, by -> read(by, fiscalYear));
    }

    /** 绩效目标全覆盖 of the year: the budget's projects without a table, differing amounts, tables not in the budget. */
    @Transactional(readOnly = true)
    public Coverage coverage(AppUser user, int fiscalYear) {
        return gate.enter(
                user,
                ServiceAction.READ_OVERVIEW,
                "coverage:" + fiscalYear,
                by -> coverage.coverage(OverviewScope.of(by), fiscalYear));
    }

    private OverviewFigures read(AppUser by, int year) {
        OverviewScope scope = OverviewScope.of(by);
        Instant now = clock.now();
        List<OverviewQuery.Unit> units = query.units(scope);
        Map<Long, Counts> current = query.counts(scope, year);
        Map<Long, Counts> previous = query.counts(scope, year - 1);
        List<UnitFigures> unitFigures = new ArrayList<>();
        Map<Long, List<UnitFigures>> byDepartment = new LinkedHashMap<>();
        Map<Long, OverviewQuery.Unit> departmentOf = new HashMap<>();
        for (OverviewQuery.Unit u : units) {
            Counts counts = current.getOrDefault(u.id(), Counts.NONE);
            if (u.deactivated() && counts.total() == 0) {
                continue;
            }
            UnitFigures f = new UnitFigures(
                    u.id(),
                    u.code(),
                    u.name(),
                    u.deactivated(),
                    u.departmentId(),
                    u.departmentCode(),
                    u.departmentName(),
                    counts);
            unitFigures.add(f);
            byDepartment
                    .computeIfAbsent(u.departmentId(), k -> new ArrayList<>())
                    .add(f);
            departmentOf.putIfAbsent(u.departmentId(), u);
        }
        List<DepartmentFigures> departments = new ArrayList<>();
        byDepartment.forEach((id, list) -> {
            OverviewQuery.Unit d = departmentOf.get(id);
            departments.add(new DepartmentFigures(
                    id,
                    d == null ? "" : d.departmentCode(),
                    d == null ? "" : d.departmentName(),
                    Counts.sum(list.stream().map(UnitFigures::counts).toList()),
                    list.size(),
                    (int) list.stream().filter(UnitFigures::nothingSubmitted).count()));
        });
        departments.sort(Comparator.comparing(DepartmentFigures::code));
        List<RuleCount> rules = new ArrayList<>();
        query.rules(scope, year).forEach((departmentId, perRule) -> {
            OverviewQuery.Unit d = departmentOf.get(departmentId);
            perRule.forEach((rule, n) -> rules.add(
                    new RuleCount(d == null ? "" : d.departmentCode(), d == null ? "" : d.departmentName(), rule, n)));
        });
        rules.sort(Comparator.comparing(RuleCount::tables)
                .reversed()
                .thenComparing(RuleCount::departmentCode)
                .thenComparing(RuleCount::ruleId));
        LateSubmissions.@Nullable LateFigures lateFigures = null;
        LateSubmissions lateSource = late.getIfAvailable();
        if (lateSource != null) {
            lateFigures = lateSource.of(OverviewScope.CTE, scope.params(), year).orElse(null);
        }
        return new OverviewFigures(
                year,
                now,
                unitFigures,
                departments,
                rules,
                query.waiting(scope, year, now),
                Counts.sum(unitFigures.stream().map(UnitFigures::counts).toList()),
                Counts.sum(previous.values()),
                lateFigures);
    }
}
