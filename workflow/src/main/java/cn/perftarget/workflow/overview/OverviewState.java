package cn.perftarget.workflow.overview;

import cn.perftarget.domain.i18n.Labelled;
import cn.perftarget.domain.table.TableStatus;
import java.util.Optional;

/**
 * The states the overview counts (the column {@code overview_count.state}, V18): the table's status, and 调整中 for an
 * approved table its unit reopened, at whatever step the adjustment stands. The name is in the workflow bundle.
 */
public enum OverviewState implements Labelled {
    /** 编制中 */
    DRAFTING("overview.state.DRAFTING"),
    /** 主管部门审核 */
    DEPT_REVIEW("overview.state.DEPT_REVIEW"),
    /** 财政审核 */
    FISCAL_REVIEW("overview.state.FISCAL_REVIEW"),
    /** 单位确认 */
    UNIT_CONFIRM("overview.state.UNIT_CONFIRM"),
    /** 已批复 */
    APPROVED("overview.state.APPROVED"),
    /** 不予安排 */
    REJECTED("overview.state.REJECTED"),
    /** 调整中 */
    ADJUSTING("overview.state.ADJUSTING");

    private final String labelKey;

    OverviewState(String labelKey) {
        this.labelKey = labelKey;
    }

    @Override
    public String labelKey() {
        return labelKey;
    }

    /** The state of a table with this status. */
    public static OverviewState of(TableStatus status, boolean adjusting) {
        return adjusting ? ADJUSTING : valueOf(status.name());
    }

    /** The table status of the state; none for 调整中, which spans every step of an adjustment. */
    public Optional<TableStatus> status() {
        return this == ADJUSTING ? Optional.empty() : Optional.of(TableStatus.valueOf(name()));
    }

    /** A review step: its tables wait for someone (the waiting times). */
    public boolean waiting() {
        return this == DEPT_REVIEW || this == FISCAL_REVIEW || this == UNIT_CONFIRM;
    }
}
