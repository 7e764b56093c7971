package cn.perftarget.workflow.overview;

import java.util.List;

/**
 * What a 催办 did.
 *
 * @param recipients the users notified
 * @param tables     the tables it was about (a unit's unsubmitted or returned ones; 1 for a review)
 */
public record UrgeResult(List<String> recipients, long tables) {

    public UrgeResult {
        recipients = List.copyOf(recipients);
    }
}
