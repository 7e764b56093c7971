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
 * seen from the hash its successor or the head recorded (TAMPERED); entries beyond the head (TAMPERED). Keyed
 * entries cannot be recomputed without the key; an unkeyed (audit-v1) entry can, and so one is accepted only before
 * every keyed entry of its chain and, once anchors exist, only at or before the chain's anchored head. The anchored
 * entry itself must still be there with the hash the anchor recorded.
 */
final class AuditChainVerifier {

    /** The last seq and hash recorded when the last entry was appended. */
    record Head(int lastSeq, String lastHash) {}

    private AuditChainVerifier() {}

    /** Without anchors: the chain on its own. */
    static AuditVerification verify(long tableId, List<StoredEntry> entries, @Nullable Head head, AuditHasher hasher) {
        return verify(tableId, entries, head, hasher, null, false);
    }

    /**
     * @param entries      the table's entries ordered by seq
     * @param head         the chain head, null when there is none
     * @param anchored     the chain as the latest anchor recorded it, null when no anchor has
     * @param anchorsExist whether any anchor exists (then an unkeyed entry must lie before the anchored head)
     */
    static AuditVerification verify(
            long tableId,
            List<StoredEntry> entries,
            @Nullable Head head,
            AuditHasher hasher,
            @Nullable AnchoredHead anchored,
            boolean anchorsExist) {
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
            if (hasher.hash(e).equals(e.hash())) {
                sound.add(e.seq());
            } else {
                int origin = writtenAt(e, last, hasher);
                if (origin > 0) {
                    report(problems, e.seq(), AuditProblem.Kind.REORDERED, "audit.problem.reordered", e.seq(), origin);
                } else {
                    report(problems, e.seq(), AuditProblem.Kind.TAMPERED, "audit.problem.changed", e.seq());
                }
            }
        }
        // an unkeyed entry where none may be says more than the broken link it also causes
        checkFormats(problems, new TreeMap<>(bySeq), anchored, anchorsExist);
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
        if (anchored != null) {
            checkAnchor(problems, bySeq, anchored);
        }
        return new AuditVerification(tableId, entries.size(), List.copyOf(problems.values()));
    }

    /** Unkeyed entries: never after a keyed one; with anchors, never beyond the anchored head. */
    private static void checkFormats(
            Map<Integer, AuditProblem> problems,
            TreeMap<Integer, StoredEntry> bySeq,
            @Nullable AnchoredHead anchored,
            boolean anchorsExist) {
        boolean keyedBefore = false;
        int covered = anchored == null ? 0 : anchored.seq();
        for (StoredEntry e : bySeq.values()) {
            if (!AuditHasher.V1.equals(e.format())) {
                keyedBefore = true;
            } else if (keyedBefore) {
                report(problems, e.seq(), AuditProblem.Kind.TAMPERED, "audit.problem.unkeyedAfterKeyed", e.seq());
            } else if (anchorsExist && e.seq() > covered) {
                report(problems, e.seq(), AuditProblem.Kind.TAMPERED, "audit.problem.unkeyedUnanchored", e.seq());
            }
        }
    }

    /** The anchored entry is still there, as it was. */
    private static void checkAnchor(
            Map<Integer, AuditProblem> problems, Map<Integer, StoredEntry> bySeq, AnchoredHead anchored) {
        StoredEntry e = bySeq.get(anchored.seq());
        if (e == null) {
            report(
                    problems,
                    anchored.seq(),
                    AuditProblem.Kind.MISSING,
                    "audit.problem.anchoredMissing",
                    anchored.seq());
        } else if (!anchored.hash().equals(e.hash())) {
            report(
                    problems,
                    anchored.seq(),
                    AuditProblem.Kind.TAMPERED,
                    "audit.problem.anchorMismatch",
                    anchored.seq());
        }
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
    private static int writtenAt(StoredEntry e, int last, AuditHasher hasher) {
        for (int seq = 1; seq <= last; seq++) {
            if (seq != e.seq() && hasher.hashAt(e, seq).equals(e.hash())) {
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
