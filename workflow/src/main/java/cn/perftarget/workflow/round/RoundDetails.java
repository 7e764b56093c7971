package cn.perftarget.workflow.round;

/** The notes of the rounds' security log entries: keys of the domain's bundle, then the data (old -> new). */
final class RoundDetails {

    static final String OPENED = "security.detail.roundOpened";
    static final String DEADLINES = "security.detail.roundDeadlinesChanged";
    static final String CLOSED = "security.detail.roundClosed";

    private RoundDetails() {}

    /** "2025 提交 2024-10-31 审核 2024-11-15 提醒 3" as data: year, the two deadlines, the reminder's days. */
    static String describe(BudgetRound round) {
        return round.fiscalYear() + "/" + round.submissionDeadline() + "/" + round.reviewDeadline() + "/"
                + round.reminderWorkingDays();
    }
}
