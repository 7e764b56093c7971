package cn.perftarget.domain.audit;

import cn.perftarget.domain.i18n.HasMessage;
import cn.perftarget.domain.i18n.Labelled;
import cn.perftarget.domain.i18n.Message;

/**
 * A defect of a table's audit history found by verification.
 *
 * @param seq     the position concerned
 * @param message what was found
 */
public record AuditProblem(int seq, Kind kind, Message message) implements HasMessage {

    /** What went wrong; its name is in the bundle ({@code audit.problem.*}). */
    public enum Kind implements Labelled {
        /** the entry's content no longer matches its hash, or its hash no longer matches the chain */
        TAMPERED("audit.problem.TAMPERED"),
        /** the history has no entry at this position although it had one */
        MISSING("audit.problem.MISSING"),
        /** the entry at this position was written at another position */
        REORDERED("audit.problem.REORDERED");

        private final String labelKey;

        Kind(String labelKey) {
            this.labelKey = labelKey;
        }

        @Override
        public String labelKey() {
            return labelKey;
        }
    }
}
