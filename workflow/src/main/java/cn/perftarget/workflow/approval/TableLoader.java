package cn.perftarget.workflow.approval;

import cn.perftarget.domain.org.Organisation;
import cn.perftarget.domain.table.StoredTable;
import cn.perftarget.domain.table.TableNotFoundException;
import cn.perftarget.domain.table.TargetTableRepository;
import cn.perftarget.domain.user.AppUser;
import cn.perftarget.workflow.access.TableAccess;
import cn.perftarget.workflow.error.NotAllowedException;
import cn.perftarget.workflow.error.NotFoundException;
import cn.perftarget.workflow.process.RoundRepository;
import cn.perftarget.workflow.process.RoundState;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Locks and reads a table for an action, refusing users who may not see it. */
@Component
class TableLoader {

    private final TargetTableRepository tables;
    private final TableAccess access;

    TableLoader(TargetTableRepository tables, TableAccess access) {
        this.tables = tables;
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
        TargetTableRepository.Locked<RoundState> locked;
        try {
            locked = tables.lockAndGet(tableId, RoundRepository.STATE_COLUMNS, RoundRepository.STATE);
        } catch (TableNotFoundException e) {
            throw notFound;
        }
        StoredTable table = locked.table();
        List<Organisation> unitAndDepartment = access.unitWithParentIfVisible(user, table.unitId());
        if (unitAndDepartment.isEmpty()) {
            throw notFound;
        }
        Organisation unit = unitAndDepartment.get(0);
        Organisation department = unitAndDepartment.size() > 1 ? unitAndDepartment.get(1) : null;
        if (department == null) {
            throw NotAllowedException.of("error.unit.noDepartment", unit.code());
        }
        return new TableHandle(table, locked.extra(), unit, department);
    }
}
