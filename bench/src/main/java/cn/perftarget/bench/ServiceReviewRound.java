package cn.perftarget.bench;

import cn.perftarget.bpmn.Grade;
import cn.perftarget.domain.table.TableStatus;
import cn.perftarget.workflow.approval.ActionResult;
import cn.perftarget.workflow.approval.ApprovalService;
import cn.perftarget.workflow.inbox.InboxFilter;
import cn.perftarget.workflow.inbox.InboxPage;
import cn.perftarget.workflow.inbox.InboxQuery;
import cn.perftarget.workflow.inbox.InboxTab;
import cn.perftarget.workflow.inbox.PageRequest;
import cn.perftarget.workflow.inbox.SortKey;

/**
 * The review through the workflow services directly, as the screens call them: {@code ApprovalService.submit},
 * {@code InboxQuery.page} (全部待办 searched by the project code, 50 rows, as {@code GET /api/v1/tasks} asks for it),
 * {@code pass}, {@code InboxQuery.page}, {@code grade} 优. The acting users are loaded once, as a session holds them.
 */
final class ServiceReviewRound implements ReviewRound {

    private final ApprovalService approvals;
    private final InboxQuery inbox;
    private final RoundTables tables;
    private final FoundTasks found = new FoundTasks();
    private long approved;

    ServiceReviewRound(ApprovalService approvals, InboxQuery inbox, RoundTables tables) {
        this.approvals = approvals;
        this.inbox = inbox;
        this.tables = tables;
        tables.actors().forEach(tables::user);
    }

    @Override
    public String name() {
        return "services directly";
    }

    @Override
    public void runStep(RoundTables.Draft d, int step) {
        switch (step) {
            case 0 -> approvals.submit(tables.user(d.drafter()), d.tableId());
            case 1 -> found.found(d.tableId(), task(d.departmentReviewer(), d.projectCode()));
            case 2 -> approvals.pass(tables.user(d.departmentReviewer()), found.take(d.tableId()), null);
            case 3 -> found.found(d.tableId(), task(d.fiscalReviewer(), d.projectCode()));
            case 4 -> {
                ActionResult r = approvals.grade(
                        tables.user(d.fiscalReviewer()), found.take(d.tableId()), Grade.EXCELLENT, null, null);
                if (r.toStatus() == TableStatus.APPROVED) {
                    approved++;
                }
            }
            default -> throw new IllegalArgumentException("step " + step);
        }
    }

    private String task(String reviewer, String projectCode) {
        InboxPage page = inbox.page(
                tables.user(reviewer),
                InboxTab.OPEN,
                InboxFilter.NONE.withText(projectCode),
                new PageRequest(0, 50, SortKey.DUE_DATE, false));
        if (page.rows().size() != 1) {
            throw new IllegalStateException(reviewer + " finds " + page.rows().size() + " tasks of " + projectCode);
        }
        return page.rows().get(0).taskId();
    }

    @Override
    public long approvedCount() {
        return approved;
    }
}
