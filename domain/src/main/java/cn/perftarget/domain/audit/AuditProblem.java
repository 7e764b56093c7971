package cn.perftarget.domain.audit;

/**
 * A defect of a table's audit history found by verification.
 *
 * @param seq     the position concerned
 * @param message what was found, in Chinese
 */
public record AuditProblem(int seq, Kind kind, String message) {

    public enum Kind {
        /** the entry's content no longer matches its hash, or its hash no longer matches the chain */
        TAMPERED("被篡改"),
        /** the history has no entry at this position although it had one */
        MISSING("缺失"),
        /** the entry at this position was written at another position */
        REORDERED("顺序被调换");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
