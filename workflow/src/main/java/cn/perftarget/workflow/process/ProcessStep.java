package cn.perftarget.workflow.process;

import cn.perftarget.bpmn.TargetApprovalProcess;
import cn.perftarget.domain.i18n.Labelled;
import cn.perftarget.domain.table.TableStatus;
import java.util.Arrays;
import java.util.Optional;

/**
 * Where an approval round stands in the process: the waiting user task, or the end event reached. Each step has
 * exactly one table status — the rule that keeps {@link TableStatus} and the process from disagreeing. Its name for
 * people is in the workflow bundle ({@code step.*}).
 */
public enum ProcessStep implements Labelled {
    DEPARTMENT_REVIEW(TargetApprovalProcess.DEPARTMENT_REVIEW, TableStatus.DEPT_REVIEW, "step.DEPARTMENT_REVIEW"),
    FISCAL_REVIEW(TargetApprovalProcess.FISCAL_REVIEW, TableStatus.FISCAL_REVIEW, "step.FISCAL_REVIEW"),
    UNIT_CONFIRMATION(TargetApprovalProcess.UNIT_CONFIRMATION, TableStatus.UNIT_CONFIRM, "step.UNIT_CONFIRMATION"),
    REVISE(TargetApprovalProcess.REVISE, TableStatus.DRAFTING, "step.REVISE"),
    APPROVED(TargetApprovalProcess.APPROVED, TableStatus.APPROVED, "step.APPROVED"),
    REJECTED(TargetApprovalProcess.REJECTED, TableStatus.REJECTED, "step.REJECTED");

    private final String activityId;
    private final TableStatus status;
    private final String labelKey;

    ProcessStep(String activityId, TableStatus status, String labelKey) {
        this.activityId = activityId;
        this.status = status;
        this.labelKey = labelKey;
    }

    @Override
    public String labelKey() {
        return labelKey;
    }

    /** The user task id or end event id of the model. */
    public String activityId() {
        return activityId;
    }

    /**
     * The table status of this step. A rejected adjustment (调整 graded 差) leaves the approved table approved: the
     * 批复 version stays in force.
     */
    public TableStatus status(boolean adjustment) {
        return this == REJECTED && adjustment ? TableStatus.APPROVED : status;
    }

    public boolean isReview() {
        return this == DEPARTMENT_REVIEW || this == FISCAL_REVIEW;
    }

    public boolean isEnd() {
        return this == APPROVED || this == REJECTED;
    }

    public static Optional<ProcessStep> ofActivity(String activityId) {
        return Arrays.stream(values())
                .filter(s -> s.activityId.equals(activityId))
                .findFirst();
    }
}
