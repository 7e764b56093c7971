package cn.perftarget.workflow.account;

/** What a sign-in still owes after the password, in this order; until none is left the user can do nothing else. */
public enum PendingStep {
    /** the code of the enrolled second factor */
    SECOND_FACTOR,
    /** a new password: the first sign-in, or after a reset */
    CHANGE_PASSWORD,
    /** enrolment of the second factor that the user's role requires */
    ENROL_SECOND_FACTOR
}
