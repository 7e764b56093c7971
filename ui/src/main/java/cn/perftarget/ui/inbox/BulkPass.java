package cn.perftarget.ui.inbox;

import static com.vaadin.flow.i18n.I18NProvider.translate;

import cn.perftarget.bpmn.TargetApprovalProcess;
import cn.perftarget.domain.user.AppUser;
import cn.perftarget.ui.i18n.TranslationProvider;
import cn.perftarget.workflow.approval.ApprovalService;
import cn.perftarget.workflow.error.WorkflowException;
import cn.perftarget.workflow.inbox.InboxRow;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * 批量通过 for department reviewers: a confirmation, then each selected 主管部门审核 task is passed on its own (one
 * action, one transaction, one audit entry each) and the result of every row is shown. Ids: {@code bulk-pass-confirm},
 * {@code bulk-pass-result}, {@code bulk-pass-result-grid}.
 */
final class BulkPass {

    private final ApprovalService approvals;
    private final AppUser user;
    private final Runnable afterwards;

    BulkPass(ApprovalService approvals, AppUser user, Runnable afterwards) {
        this.approvals = approvals;
        this.user = user;
        this.afterwards = afterwards;
    }

    void confirm(Collection<InboxRow> selected) {
        List<InboxRow> rows = List.copyOf(selected);
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("bulk-pass-confirm");
        dialog.setHeader(translate("inbox.bulk.confirm.title"));
        dialog.setText(translate("inbox.bulk.confirm.text", rows.size()));
        dialog.setCancelable(true);
        dialog.setCancelText(translate("inbox.bulk.cancel"));
        dialog.setConfirmText(translate("inbox.bulk.confirm.button"));
        dialog.addConfirmListener(e -> {
            List<Result> results = passAll(rows);
            afterwards.run();
            showResults(results);
        });
        dialog.open();
    }

    List<Result> passAll(List<InboxRow> rows) {
        List<Result> results = new ArrayList<>();
        for (InboxRow row : rows) {
            if (!TargetApprovalProcess.DEPARTMENT_REVIEW.equals(row.taskKey())) {
                results.add(new Result(row, false, translate("inbox.bulk.skipped")));
                continue;
            }
            try {
                approvals.pass(user, row.taskId(), null);
                results.add(new Result(row, true, translate("inbox.bulk.passed")));
            } catch (WorkflowException e) {
                results.add(new Result(row, false, TranslationProvider.text(e.text())));
            }
        }
        return results;
    }

    private void showResults(List<Result> results) {
        Dialog dialog = new Dialog();
        dialog.setId("bulk-pass-result");
        long passed = results.stream().filter(Result::passed).count();
        dialog.setHeaderTitle(translate("inbox.bulk.result.title", passed, results.size()));
        Grid<Result> grid = new Grid<>();
        grid.setId("bulk-pass-result-grid");
        grid.addColumn(r -> r.row().projectName())
                .setHeader(translate("inbox.column.projectName"))
                .setFlexGrow(2);
        grid.addColumn(r -> r.row().unitName()).setHeader(translate("inbox.column.unit"));
        grid.addComponentColumn(BulkPass::outcome)
                .setHeader(translate("inbox.bulk.result.column"))
                .setFlexGrow(2);
        grid.setItems(results);
        grid.setAllRowsVisible(true);
        grid.setWidth("52em");
        dialog.add(grid);
        Button close = new Button(translate("inbox.bulk.close"), e -> dialog.close());
        close.setId("bulk-pass-close");
        dialog.getFooter().add(close);
        dialog.open();
    }

    private static Component outcome(Result r) {
        Span s = new Span(r.message());
        s.getElement().getThemeList().add(r.passed() ? "badge success" : "badge error");
        return s;
    }

    /** What happened to one selected row. */
    record Result(InboxRow row, boolean passed, String message) {}
}
