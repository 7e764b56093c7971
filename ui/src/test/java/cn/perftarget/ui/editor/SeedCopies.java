package cn.perftarget.ui.editor;

import cn.perftarget.domain.table.StoredTable;
import cn.perftarget.domain.table.TargetTable;
import cn.perftarget.domain.table.TargetTableRepository;
import cn.perftarget.domain.user.AppUser;
import cn.perftarget.workflow.approval.ApprovalService;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Drafts for the editor tests: copies, made through the approval service, of a real seed table of 442001 (秦皇岛经开区
 * 行政审批局本级, 2020: 服务器、总控室的设备维修费以及短息服务费), each with a project code of its own.
 */
final class SeedCopies {

    static final int YEAR = 2020;
    static final String SEED_CODE = "1303112121B0RMI62LEAT";
    private static final AtomicInteger NEXT = new AtomicInteger();

    private final TargetTableRepository tables;
    private final ApprovalService service;

    SeedCopies(TargetTableRepository tables, ApprovalService service) {
        this.tables = tables;
        this.service = service;
    }

    TargetTable seed() {
        return tables.findByYearAndCode(YEAR, SEED_CODE).orElseThrow().content();
    }

    /** A new draft of the drafter's unit with the seed's cells and a fresh project code. */
    long copyFor(AppUser drafter) {
        TargetTable s = seed();
        String code = "UIT" + System.currentTimeMillis() % 1_000_000_000L + "N" + NEXT.incrementAndGet();
        TargetTable copy = new TargetTable(
                code,
                s.projectName(),
                s.unitCode(),
                s.unitName(),
                s.fiscalYear(),
                s.budget(),
                s.fiscalFunds(),
                s.otherFunds(),
                s.fundPurpose(),
                s.plan(),
                s.goals(),
                s.indicators());
        return service.create(drafter, copy).tableId();
    }

    StoredTable stored(long id) {
        return tables.get(id);
    }
}
