package cn.perftarget.workflow.admin.settings;

import cn.perftarget.domain.department.DepartmentTargetsRepository;
import cn.perftarget.domain.department.StoredDepartmentTargets;
import cn.perftarget.domain.rules.Finding;
import cn.perftarget.domain.rules.Fix;
import cn.perftarget.domain.rules.ValidationContext;
import cn.perftarget.domain.rules.validation.Validator;
import cn.perftarget.domain.table.StoredTable;
import cn.perftarget.domain.table.TableStatus;
import cn.perftarget.domain.table.TargetTable;
import cn.perftarget.domain.table.TargetTableRepository;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Runs two validators — the region's as it is and one with the proposed settings — over the region's open tables
 * (every status but 已批复 and 不予安排) and counts those whose findings differ. Each table is validated as the
 * review screen validates it: with the unit's tables of the year as siblings and, when the department stored its part
 * of the year, that part with the department's tables (R31). The tables are read a unit and year at a time (only
 * their ids are listed first), in department order, so memory holds one department-year at most.
 */
@Component
class RuleImpact {

    private final JdbcTemplate jdbc;
    private final TargetTableRepository tables;
    private final DepartmentTargetsRepository departmentParts;

    RuleImpact(JdbcTemplate jdbc, TargetTableRepository tables, DepartmentTargetsRepository departmentParts) {
        this.jdbc = jdbc;
        this.tables = tables;
        this.departmentParts = departmentParts;
    }

    /** An open table of the region: where it is. */
    private record OpenTable(long id, long unitId, @Nullable Long departmentId, int year) {}

    /** An open table and the ids of its rules with findings under the proposed settings. */
    record Changed(long tableId, List<String> rules) {}

    /** Counts the open tables whose findings differ between the two validators. */
    Impact count(String region, Validator current, Validator proposed, ImpactProgress progress) {
        return run(region, current, proposed, progress, null);
    }

    /**
     * As {@link #count}, and keeps the finding index ({@code target_table.finding_rules}, the region list's filter) of
     * every open table with the proposed validator's rules.
     */
    Impact countAndIndex(String region, Validator current, Validator proposed) {
        List<Changed> changed = new ArrayList<>();
        Impact impact = run(region, current, proposed, ImpactProgress.NONE, changed);
        List<Object[]> rows = changed.stream()
                .map(c -> new Object[] {"{" + String.join(",", c.rules()) + "}", c.tableId()})
                .toList();
        if (!rows.isEmpty()) {
            jdbc.batchUpdate("update target_table set finding_rules = ?::text[] where id = ?", rows);
        }
        return impact;
    }

    private Impact run(
            String region,
            Validator current,
            Validator proposed,
            ImpactProgress progress,
            @Nullable List<Changed> changed) {
        List<OpenTable> open = jdbc.query(
                """
                select t.id, t.unit_id, u.parent_id, t.fiscal_year
                from target_table t join organisation u on u.id = t.unit_id
                where u.region_code = ? and t.status not in (?, ?)
                order by u.parent_id nulls first, t.fiscal_year, t.unit_id, t.id""",
                (rs, i) -> new OpenTable(rs.getLong(1), rs.getLong(2), (Long) rs.getObject(3), rs.getInt(4)),
                region,
                TableStatus.APPROVED.name(),
                TableStatus.REJECTED.name());
        int total = open.size();
        int checked = 0;
        int differing = 0;
        progress.progress(0, total, 0);
        DepartmentYear departmentYear = null;
        int i = 0;
        while (i < total) {
            OpenTable first = open.get(i);
            int end = i;
            while (end < total
                    && open.get(end).unitId() == first.unitId()
                    && open.get(end).year() == first.year()) {
                end++;
            }
            if (departmentYear == null || !departmentYear.is(first.departmentId(), first.year())) {
                departmentYear = departmentYear(first.departmentId(), first.year());
            }
            List<StoredTable> ofUnit = departmentYear.part() != null
                    ? departmentYear.tables().stream()
                            .filter(t -> t.unitId() == first.unitId())
                            .toList()
                    : tables.findByUnit(first.unitId(), first.year());
            List<TargetTable> contents =
                    ofUnit.stream().map(StoredTable::content).toList();
            ValidationContext context = ValidationContext.of(contents);
            if (departmentYear.part() != null) {
                context = context.withDepartment(
                        departmentYear.part(),
                        departmentYear.tables().stream()
                                .map(StoredTable::content)
                                .toList());
            }
            // one context per validator: the cross-table rules keep their indexes in it
            ValidationContext forCurrent = context.withSiblings(contents);
            ValidationContext forProposed = context.withSiblings(contents);
            Map<Long, StoredTable> byId = new HashMap<>();
            ofUnit.forEach(t -> byId.put(t.id(), t));
            for (int k = i; k < end; k++) {
                StoredTable table = byId.get(open.get(k).id());
                checked++;
                if (table == null) {
                    continue; // removed meanwhile
                }
                List<Finding> now = current.validate(table.content(), forCurrent);
                List<Finding> then = proposed.validate(table.content(), forProposed);
                if (!same(now, then)) {
                    differing++;
                }
                if (changed != null) {
                    TreeSet<String> rules = new TreeSet<>();
                    then.forEach(f -> rules.add(f.ruleId()));
                    changed.add(new Changed(table.id(), List.copyOf(rules)));
                }
                progress.progress(checked, total, differing);
            }
            i = end;
        }
        return new Impact(checked, differing);
    }

    /** What a finding says, without its fix's function (which has no equality): the fix's label stands for it. */
    private record Said(
            String ruleId,
            cn.perftarget.domain.rules.Severity severity,
            cn.perftarget.domain.i18n.Message message,
            cn.perftarget.domain.rules.Location location,
            cn.perftarget.domain.i18n.@Nullable Message fix) {

        static Said of(Finding f) {
            Fix fix = f.fix();
            return new Said(f.ruleId(), f.severity(), f.message(), f.location(), fix == null ? null : fix.label());
        }
    }

    /** Whether two lists of findings say the same, in the same order. */
    static boolean same(List<Finding> a, List<Finding> b) {
        return a.stream().map(Said::of).toList().equals(b.stream().map(Said::of).toList());
    }

    /** The department's stored part of the year and, when there is one, the department's tables of the year. */
    private record DepartmentYear(
            @Nullable Long departmentId,
            int year,
            cn.perftarget.domain.importer.@Nullable DepartmentTargets part,
            List<StoredTable> tables) {

        boolean is(@Nullable Long department, int fiscalYear) {
            return Objects.equals(departmentId, department) && year == fiscalYear;
        }
    }

    private DepartmentYear departmentYear(@Nullable Long departmentId, int year) {
        if (departmentId == null) {
            return new DepartmentYear(null, year, null, List.of());
        }
        Optional<StoredDepartmentTargets> part = departmentParts.find(departmentId, year);
        if (part.isEmpty()) {
            return new DepartmentYear(departmentId, year, null, List.of());
        }
        return new DepartmentYear(
                departmentId, year, part.get().content(), tables.findByDepartment(departmentId, year));
    }
}
