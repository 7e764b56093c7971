package cn.perftarget.workflow.round;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What the 系统管理员 enters to open a round or change its deadlines; the service checks it (a missing field is a
 * refusal naming it, not an error).
 *
 * @param fiscalYear          年度 (ignored when the deadlines of an existing round change)
 * @param reminderWorkingDays 提前提醒工作日数, null: 3
 */
public record RoundForm(
        @Nullable Integer fiscalYear,
        @Nullable LocalDate submissionDeadline,
        @Nullable LocalDate reviewDeadline,
        @Nullable Integer reminderWorkingDays) {

    /** The reminder's default: three working days before the submission deadline. */
    public static final int DEFAULT_REMINDER_DAYS = 3;
}
