package cn.perftarget.workflow.process;

/**
 * The workflow columns of a target table (V10).
 *
 * @param processInstanceId   the current (or last) approval round, null before the first submission
 * @param reviewRevisionId    the revision under review: the unit's submission or the fiscal reviewer's 良 edit
 * @param submittedRevisionId the revision the unit last submitted
 * @param adjustmentReason    调整: the reason given when the approved table was reopened, null otherwise
 */
public record RoundState(String processInstanceId, Long reviewRevisionId, Long submittedRevisionId,
                         String adjustmentReason) {

    public static final RoundState NONE = new RoundState(null, null, null, null);

    public RoundState withSubmission(String processInstance, long revisionId) {
        return new RoundState(processInstance, revisionId, revisionId, adjustmentReason);
    }

    public RoundState withReviewRevision(Long revisionId) {
        return new RoundState(processInstanceId, revisionId, submittedRevisionId, adjustmentReason);
    }

    public RoundState withAdjustmentReason(String reason) {
        return new RoundState(processInstanceId, reviewRevisionId, submittedRevisionId, reason);
    }
}
