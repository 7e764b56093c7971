package cn.perftarget.domain.audit;

import java.util.List;

/**
 * The result of checking a table's audit history against its hash chain.
 *
 * @param entries  how many entries the history holds now
 * @param problems every tampered, missing or reordered position, by seq
 */
public record AuditVerification(long tableId, int entries, List<AuditProblem> problems) {

    public AuditVerification {
        problems = List.copyOf(problems);
    }

    public boolean intact() {
        return problems.isEmpty();
    }
}
