package cn.perftarget.ui.security;

import cn.perftarget.domain.org.Organisation;
import cn.perftarget.domain.org.OrganisationRepository;
import cn.perftarget.domain.table.StoredTable;
import cn.perftarget.domain.table.TableStatus;
import cn.perftarget.domain.table.TargetTable;
import cn.perftarget.domain.table.TargetTableRepository;
import cn.perftarget.domain.user.AppUser;
import cn.perftarget.workflow.access.TableAccess;
import cn.perftarget.workflow.approval.NotFoundException;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Reads tables for the screens, on the server and within the user's scope: a table outside it is reported exactly
 * like a missing one (内容不存在或无权访问). Writes go through the approval service, never through here.
 */
@Component
public class ScopedTables {

    private final TargetTableRepository tables;
    private final OrganisationRepository organisations;
    private final TableAccess access;

    public ScopedTables(TargetTableRepository tables, OrganisationRepository organisations, TableAccess access) {
        this.tables = tables;
        this.organisations = organisations;
        this.access = access;
    }

    /** The table, if it exists and lies in the user's scope. */
    public StoredTable require(AppUser user, long tableId) {
        return tables.findById(tableId)
                .filter(t -> access.canSee(user, t.unitId()))
                .orElseThrow(() -> new NotFoundException("绩效目标表不存在或无权访问"));
    }

    /** The user drafts for the table's unit and the table is being drafted: the editor may change it. */
    public static boolean mayEdit(AppUser user, StoredTable table) {
        return TableAccess.draftsFor(user, table.unitId()) && table.status() == TableStatus.DRAFTING;
    }

    public Organisation unitOf(StoredTable table) {
        return organisations.findById(table.unitId())
                .orElseThrow(() -> new IllegalStateException("绩效目标表 " + table.id() + " 的单位不存在"));
    }

    /** The other tables of the same unit and year (the context of the cross-table rules). */
    public List<TargetTable> siblingsOf(StoredTable table) {
        return tables.findByUnit(table.unitId(), table.fiscalYear()).stream()
                .filter(t -> t.id() != table.id())
                .map(StoredTable::content)
                .toList();
    }
}
