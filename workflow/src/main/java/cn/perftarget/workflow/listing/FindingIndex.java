package cn.perftarget.workflow.listing;

import cn.perftarget.domain.department.DepartmentTargetsRepository;
import cn.perftarget.domain.department.StoredDepartmentTargets;
import cn.perftarget.domain.org.Organisation;
import cn.perftarget.domain.org.OrganisationRepository;
import cn.perftarget.domain.rules.Finding;
import cn.perftarget.domain.rules.ValidationContext;
import cn.perftarget.domain.rules.settings.RegionValidators;
import cn.perftarget.domain.table.StoredTable;
import cn.perftarget.domain.table.TargetTable;
import cn.perftarget.domain.table.TargetTableRepository;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Which rules find something in a table's current content ({@code target_table.finding_rules}, V14), for the filter
 * "has findings of rule X" of the region list: the table validated as the screens validate it (the unit's other
 * tables of the year, the department's part of the year), the rule ids stored.
 */
@Component
public class FindingIndex {

    private final OrganisationRepository organisations;
    private final TargetTableRepository tables;
    private final RegionValidators validators;
    private final DepartmentTargetsRepository departmentParts;
    private final JdbcTemplate jdbc;

    FindingIndex(
            OrganisationRepository organisations,
            TargetTableRepository tables,
            RegionValidators validators,
            DepartmentTargetsRepository departmentParts,
            JdbcTemplate jdbc) {
        this.organisations = organisations;
        this.tables = tables;
        this.validators = validators;
        this.departmentParts = departmentParts;
        this.jdbc = jdbc;
    }

    /** Validates the table as it is stored and keeps the ids of the rules with findings; returns them. */
    public List<String> refresh(StoredTable table) {
        List<String> rules = rulesOf(table);
        jdbc.update(
                "update target_table set finding_rules = ?::text[] where id = ?",
                "{" + String.join(",", rules) + "}",
                table.id());
        return rules;
    }

    /** The ids of the rules with findings on the table's content, in id order. */
    List<String> rulesOf(StoredTable table) {
        Organisation unit = organisations
                .findById(table.unitId())
                .orElseThrow(() -> new IllegalStateException("the unit of table " + table.id() + " does not exist"));
        ValidationContext context = context(table, unit);
        List<TargetTable> all = new ArrayList<>(context.siblings());
        all.add(table.content());
        List<Finding> findings =
                validators.forRegion(unit.regionCode()).validate(table.content(), context.withSiblings(all));
        TreeSet<String> ids = new TreeSet<>();
        findings.forEach(f -> ids.add(f.ruleId()));
        return List.copyOf(ids);
    }

    private ValidationContext context(StoredTable table, Organisation unit) {
        List<TargetTable> siblings = tables.findByUnit(table.unitId(), table.fiscalYear()).stream()
                .filter(t -> t.id() != table.id())
                .map(StoredTable::content)
                .toList();
        ValidationContext context = ValidationContext.of(siblings);
        Long department = unit.parentId();
        if (department == null) {
            return context;
        }
        Optional<StoredDepartmentTargets> part = departmentParts.find(department, table.fiscalYear());
        if (part.isEmpty()) {
            return context;
        }
        List<TargetTable> ofDepartment = tables.findByDepartment(department, table.fiscalYear()).stream()
                .map(StoredTable::content)
                .toList();
        return context.withDepartment(part.get().content(), ofDepartment);
    }
}
