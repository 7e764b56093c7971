package cn.perftarget.workflow.process;

import org.jspecify.annotations.Nullable;

/**
 * The workflow columns of a target table (V10).
 *
 * @param processInstanceId   the current (or last) approval round, null before the first submission
 * @param reviewRevisionId    the revision under review: the unit's submission or the fiscal reviewer's 良 edit
 * @param submittedRevisionId the revision the unit last submitted
 * @param adjustmentReason    调整: the reason given when the approved table was reopened, null otherwise
 */
public record RoundState(
        @Nullable String processInstanceId,
        @Nullable Long reviewRevisionId,
        @Nullable Long submittedRevisionId,
        @Nullable String adjustmentReason) {

    public static final RoundState NONE = new RoundState(null, null, null, null);

    public RoundState withSubmission(String processInstance, long revisionId) {
        return new RoundState(processInstance, revisionId, revisionId, adjustmentReason);
    }

    public RoundState withReviewRevision(@Nullable Long revisionId) {
        return new RoundState(processInstanceId, revisionId, submittedRevisionId, adjustmentReason);
    }

    public RoundState withAdjustmentReason(@Nullable String reason) {
        return new RoundState(processInstanceId, reviewRevisionId, submittedRevisionId, reason);
    }
}
