package cn.perftarget.domain.audit;

import cn.perftarget.domain.i18n.Message;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Checks one table's audit entries against their hash chain and the chain head. Reports, one problem per
 * position: an entry whose fields no longer give its hash (TAMPERED), or give it only at another position
 * (REORDERED); a position with no entry up to the head (MISSING); an entry replaced whole with a recomputed hash,
 * seen from the hash its successor or the head recorded (TAMPERED); entries beyond the head (TAMPERED).
 */
final class AuditChainVerifier {

    /** The last seq and hash recorded when the last entry was appended. */
    record Head(int lastSeq, String lastHash) {}

    private AuditChainVerifier() {}

    /**
     * @param entries the table's entries ordered by seq
     * @param head    the chain head, null when there is none
     */
    static AuditVerification verify(long tableId, List<StoredEntry> entries, @Nullable Head head) {
        Map<Integer, StoredEntry> bySeq = new HashMap<>();
        TreeMap<Integer, AuditProblem> problems = new TreeMap<>();
        int last = head == null ? 0 : head.lastSeq();
        for (StoredEntry e : entries) {
            if (bySeq.putIfAbsent(e.seq(), e) != null) {
                report(problems, e.seq(), AuditProblem.Kind.TAMPERED, "audit.problem.duplicate", e.seq());
            }
            last = Math.max(last, e.seq());
        }
        Set<Integer> sound = new HashSet<>();
        for (StoredEntry e : bySeq.values()) {
            if (AuditHasher.hash(e).equals(e.hash())) {
                sound.add(e.seq());
            } else {
                int origin = writtenAt(e, last);
                if (origin > 0) {
                    report(problems, e.seq(), AuditProblem.Kind.REORDERED, "audit.problem.reordered", e.seq(), origin);
                } else {
                    report(problems, e.seq(), AuditProblem.Kind.TAMPERED, "audit.problem.changed", e.seq());
                }
            }
        }
        for (int seq = 1; seq <= last; seq++) {
            if (!bySeq.containsKey(seq)) {
                report(problems, seq, AuditProblem.Kind.MISSING, "audit.problem.deleted", seq);
            }
        }
        for (Map.Entry<Integer, StoredEntry> at : new TreeMap<>(bySeq).entrySet()) {
            int seq = at.getKey();
            if (!sound.contains(seq)) {
                continue;
            }
            StoredEntry e = at.getValue();
            StoredEntry before = bySeq.get(seq - 1);
            if (seq == 1) {
                if (!AuditHasher.GENESIS.equals(e.prevHash())) {
                    report(problems, 1, AuditProblem.Kind.TAMPERED, "audit.problem.genesis");
                }
            } else if (before != null
                    && sound.contains(seq - 1)
                    && !before.hash().equals(e.prevHash())) {
                report(problems, seq - 1, AuditProblem.Kind.TAMPERED, "audit.problem.replaced", seq - 1, seq);
            }
        }
        checkHead(problems, bySeq, sound, head);
        return new AuditVerification(tableId, entries.size(), List.copyOf(problems.values()));
    }

    private static void checkHead(
            Map<Integer, AuditProblem> problems,
            Map<Integer, StoredEntry> bySeq,
            Set<Integer> sound,
            @Nullable Head head) {
        if (head == null) {
            bySeq.keySet().stream()
                    .max(Integer::compare)
                    .ifPresent(seq -> report(problems, seq, AuditProblem.Kind.TAMPERED, "audit.problem.noHead", seq));
            return;
        }
        for (int seq : sound) {
            if (seq > head.lastSeq()) {
                report(problems, seq, AuditProblem.Kind.TAMPERED, "audit.problem.unregistered", seq, head.lastSeq());
            }
        }
        StoredEntry lastEntry = bySeq.get(head.lastSeq());
        if (lastEntry != null
                && sound.contains(head.lastSeq())
                && !lastEntry.hash().equals(head.lastHash())) {
            report(problems, head.lastSeq(), AuditProblem.Kind.TAMPERED, "audit.problem.replacedLast", head.lastSeq());
        }
    }

    /** The position at which the entry's fields give its stored hash, 0 when none does. */
    private static int writtenAt(StoredEntry e, int last) {
        for (int seq = 1; seq <= last; seq++) {
            if (seq != e.seq() && AuditHasher.hashAt(e, seq).equals(e.hash())) {
                return seq;
            }
        }
        return 0;
    }

    /** One problem per position, the first found; {@code key} is the bundle key of what was found. */
    private static void report(
            Map<Integer, AuditProblem> problems, int seq, AuditProblem.Kind kind, String key, Object... args) {
        problems.putIfAbsent(seq, new AuditProblem(seq, kind, Message.of(key, args)));
    }
}
