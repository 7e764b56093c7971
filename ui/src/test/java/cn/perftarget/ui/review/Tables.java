package cn.perftarget.ui.review;

import cn.perftarget.domain.table.IndicatorRow;
import cn.perftarget.domain.table.SeedTables;
import cn.perftarget.domain.table.TargetTable;
import cn.perftarget.domain.user.AppUser;
import cn.perftarget.domain.user.UserRepository;
import cn.perftarget.workflow.approval.ApprovalService;
import cn.perftarget.workflow.read.TableReadService;
import cn.perftarget.workflow.read.WaitingTask;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Tables for the view tests, driven through the real approval service: copies of seed 004 (unit 442001 秦皇岛 本级,
 * 2020; table 0 has no ERROR finding) under project codes of their own, at the step a test needs.
 * Demo users: bianzhi drafts for 442001, bumen reviews department 442, caizheng is the fiscal reviewer of 442.
 * Not a bean: tests make one with {@code create(Tables.class)}.
 */
public class Tables {

    private static final AtomicLong SEQUENCE = new AtomicLong(System.currentTimeMillis() % 1_000_000);
    private static final List<TargetTable> QHD = SeedTables.of("004_f47e421262983de5.txt");

    private final ApprovalService approvals;
    private final UserRepository users;
    private final TableReadService reader;

    public Tables(ApprovalService approvals, UserRepository users, TableReadService reader) {
        this.approvals = approvals;
        this.users = users;
        this.reader = reader;
    }

    public AppUser user(String username) {
        return users.findByUsername(username).orElseThrow();
    }

    /** A clean seed table under a new code; the code's tail is returned by {@link TargetTable#projectCode()}. */
    public static TargetTable clean() {
        TargetTable t = QHD.get(0);
        String code = t.projectCode().substring(0, 8) + "UI" + String.format("%010d", SEQUENCE.incrementAndGet());
        return new TargetTable(
                code,
                t.projectName(),
                t.unitCode(),
                t.unitName(),
                t.fiscalYear(),
                t.budget(),
                t.fiscalFunds(),
                t.otherFunds(),
                t.fundPurpose(),
                t.plan(),
                t.goals(),
                t.indicators());
    }

    /** A clean seed table under a new code and the given project name (to find it by searching). */
    public static TargetTable clean(String projectName) {
        TargetTable t = clean();
        return new TargetTable(
                t.projectCode(),
                projectName,
                t.unitCode(),
                t.unitName(),
                t.fiscalYear(),
                t.budget(),
                t.fiscalFunds(),
                t.otherFunds(),
                t.fundPurpose(),
                t.plan(),
                t.goals(),
                t.indicators());
    }

    public long drafted(TargetTable content) {
        return approvals.create(user("bianzhi"), content).tableId();
    }

    /** Submitted by bianzhi: waits at 主管部门审核. */
    public long atDepartmentReview(TargetTable content) {
        long id = drafted(content);
        approvals.submit(user("bianzhi"), id);
        return id;
    }

    /** Passed by bumen: waits at 财政审核. */
    public long atFiscalReview(TargetTable content) {
        long id = atDepartmentReview(content);
        approvals.pass(user("bumen"), taskId(id), null);
        return id;
    }

    public String taskId(long tableId) {
        return task(tableId).id();
    }

    public WaitingTask task(long tableId) {
        return reader.waitingTask(user("bianzhi"), tableId).orElseThrow();
    }

    /** The drafter changes the 指标值 of row {@code row} (1-based) of the working copy and resubmits. */
    public void reviseValueAndResubmit(long tableId, int row, String value) {
        AppUser drafter = user("bianzhi");
        var stored = reader.table(drafter, tableId);
        List<IndicatorRow> rows = new ArrayList<>(stored.content().indicators());
        IndicatorRow r = rows.get(row - 1);
        rows.set(row - 1, IndicatorRow.of(r.level1(), r.level2(), r.level3(), r.description(), value, r.basis()));
        approvals.saveDraft(drafter, tableId, stored.content().withIndicators(rows), stored.version());
        approvals.submit(drafter, tableId);
    }
}
