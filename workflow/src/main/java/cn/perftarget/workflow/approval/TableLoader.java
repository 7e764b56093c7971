package cn.perftarget.workflow.approval;

import cn.perftarget.domain.org.Organisation;
import cn.perftarget.domain.org.OrganisationRepository;
import cn.perftarget.domain.table.StoredTable;
import cn.perftarget.domain.table.TableNotFoundException;
import cn.perftarget.domain.table.TargetTableRepository;
import cn.perftarget.domain.user.AppUser;
import cn.perftarget.workflow.access.TableAccess;
import cn.perftarget.workflow.error.NotAllowedException;
import cn.perftarget.workflow.error.NotFoundException;
import cn.perftarget.workflow.process.RoundRepository;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Locks and reads a table for an action, refusing users who may not see it. */
@Component
class TableLoader {

    private final TargetTableRepository tables;
    private final RoundRepository rounds;
    private final OrganisationRepository organisations;
    private final TableAccess access;

    TableLoader(
            TargetTableRepository tables,
            RoundRepository rounds,
            OrganisationRepository organisations,
            TableAccess access) {
        this.tables = tables;
        this.rounds = rounds;
        this.organisations = organisations;
        this.access = access;
    }

    /** Locks the table's row for the rest of the transaction and reads it; unknown or out of scope: not found. */
    @Transactional(propagation = Propagation.MANDATORY)
    public TableHandle lockVisible(AppUser user, long tableId) {
        return lock(user, tableId, NotFoundException.table());
    }

    /** Locks and reads the table of a task; unknown or out of scope: the task is not found. */
    @Transactional(propagation = Propagation.MANDATORY)
    public TableHandle lockForTask(AppUser user, long tableId) {
        return lock(user, tableId, NotFoundException.task());
    }

    private TableHandle lock(AppUser user, long tableId, NotFoundException notFound) {
        StoredTable table;
        try {
            table = tables.lockAndGet(tableId);
        } catch (TableNotFoundException e) {
            throw notFound;
        }
        if (!access.canSee(user, table.unitId())) {
            throw notFound;
        }
        List<Organisation> unitAndDepartment = organisations.withParent(table.unitId());
        if (unitAndDepartment.isEmpty()) {
            throw new IllegalStateException("the unit of table " + tableId + " does not exist");
        }
        Organisation unit = unitAndDepartment.get(0);
        Organisation department = unitAndDepartment.size() > 1 ? unitAndDepartment.get(1) : null;
        if (department == null) {
            throw NotAllowedException.of("error.unit.noDepartment", unit.code());
        }
        return new TableHandle(table, rounds.state(tableId), unit, department);
    }
}
