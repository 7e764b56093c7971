package cn.perftarget.workflow.approval;

import cn.perftarget.domain.org.Organisation;
import cn.perftarget.domain.table.StoredTable;
import cn.perftarget.workflow.process.RoundState;
import org.jspecify.annotations.Nullable;

/**
 * A table as an action sees it: read after its row lock was taken, with its approval round and its unit and
 * department. The lock is held until the action's transaction ends, so actions on one table run one after another.
 */
record TableHandle(StoredTable table, RoundState round, Organisation unit, Organisation department) {

    long id() {
        return table.id();
    }

    String unitCode() {
        return unit.code();
    }

    String departmentCode() {
        return department.code();
    }

    String regionCode() {
        return unit.regionCode();
    }

    /** The current (or last) approval round; null before the first submission. */
    @Nullable
    String processInstanceId() {
        return round.processInstanceId();
    }
}
