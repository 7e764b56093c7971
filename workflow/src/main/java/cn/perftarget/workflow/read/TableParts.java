package cn.perftarget.workflow.read;

import cn.perftarget.domain.department.DepartmentTargetsRepository;
import cn.perftarget.domain.department.StoredDepartmentTargets;
import cn.perftarget.domain.org.Organisation;
import cn.perftarget.domain.org.OrganisationRepository;
import cn.perftarget.domain.rules.Finding;
import cn.perftarget.domain.rules.ValidationContext;
import cn.perftarget.domain.rules.settings.RegionValidators;
import cn.perftarget.domain.rules.validation.Validator;
import cn.perftarget.domain.table.StoredTable;
import cn.perftarget.domain.table.TargetTable;
import cn.perftarget.domain.table.TargetTableRepository;
import cn.perftarget.workflow.process.RoundRepository;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The parts of a table that several screens read — its unit, its unit's other tables of the year, its department's
 * stored part, the rules of its region, the task its round waits at — for a table the caller has already found
 * visible.
 */
@Component
class TableParts {

    private final OrganisationRepository organisations;
    private final TargetTableRepository tables;
    private final RegionValidators validators;
    private final RoundRepository rounds;
    private final TaskService taskService;
    private final DepartmentTargetsRepository departmentParts;

    TableParts(
            OrganisationRepository organisations,
            TargetTableRepository tables,
            RegionValidators validators,
            RoundRepository rounds,
            TaskService taskService,
            DepartmentTargetsRepository departmentParts) {
        this.organisations = organisations;
        this.tables = tables;
        this.validators = validators;
        this.rounds = rounds;
        this.taskService = taskService;
        this.departmentParts = departmentParts;
    }

    Organisation unit(StoredTable table) {
        return organisations
                .findById(table.unitId())
                .orElseThrow(() -> new IllegalStateException("the unit of table " + table.id() + " does not exist"));
    }

    /** The unit's other tables of the same year (the context of the cross-table rules). */
    List<TargetTable> siblings(StoredTable table) {
        return tables.findByUnit(table.unitId(), table.fiscalYear()).stream()
                .filter(t -> t.id() != table.id())
                .map(StoredTable::content)
                .toList();
    }

    Validator validator(Organisation unit) {
        return validators.forRegion(unit.regionCode());
    }

    /**
     * What the table is validated against: the unit's other tables of the year as siblings and, when the department
     * has stored its part of the year, that part with the department's tables of the year (R31).
     */
    ValidationContext context(StoredTable table, Organisation unit) {
        ValidationContext context = ValidationContext.of(siblings(table));
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

    /** The findings of {@code shown} as the table's content, in the table's {@link #context}. */
    List<Finding> findings(StoredTable table, Organisation unit, TargetTable shown) {
        ValidationContext context = context(table, unit);
        List<TargetTable> all = new ArrayList<>(context.siblings());
        all.add(shown);
        return validator(unit).validate(shown, context.withSiblings(all));
    }

    Optional<WaitingTask> waitingTask(StoredTable table) {
        String pid = rounds.state(table.id()).processInstanceId();
        if (pid == null) {
            return Optional.empty();
        }
        Task task = taskService.createTaskQuery().processInstanceId(pid).singleResult();
        return Optional.ofNullable(task)
                .map(t -> new WaitingTask(
                        t.getId(),
                        t.getTaskDefinitionKey(),
                        t.getAssignee(),
                        t.getDueDate() == null ? null : t.getDueDate().toInstant()));
    }
}
