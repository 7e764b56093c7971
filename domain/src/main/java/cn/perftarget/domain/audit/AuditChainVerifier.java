package cn.perftarget.domain.audit;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Checks one table's audit entries against their hash chain and the chain head. Reports, one problem per
 * position: an entry whose fields no longer give its hash (TAMPERED), or give it only at another position
 * (REORDERED); a position with no entry up to the head (MISSING); an entry replaced whole with a recomputed hash,
 * seen from the hash its successor or the head recorded (TAMPERED); entries beyond the head (TAMPERED).
 */
final class AuditChainVerifier {

    /** The last seq and hash recorded when the last entry was appended. */
    record Head(int lastSeq, String lastHash) {
    }

    private AuditChainVerifier() {
    }

    /**
     * @param entries the table's entries ordered by seq
     * @param head    the chain head, null when there is none
     */
    static AuditVerification verify(long tableId, List<StoredEntry> entries, Head head) {
        Map<Integer, StoredEntry> bySeq = new HashMap<>();
        TreeMap<Integer, AuditProblem> problems = new TreeMap<>();
        int last = head == null ? 0 : head.lastSeq();
        for (StoredEntry e : entries) {
            if (bySeq.putIfAbsent(e.seq(), e) != null) {
                report(problems, e.seq(), AuditProblem.Kind.TAMPERED, "第%d条记录出现重复", e.seq());
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
                    report(problems, e.seq(), AuditProblem.Kind.REORDERED, "第%d条记录原为第%d条，顺序被调换",
                            e.seq(), origin);
                } else {
                    report(problems, e.seq(), AuditProblem.Kind.TAMPERED, "第%d条记录的内容与其哈希不符，已被改动",
                            e.seq());
                }
            }
        }
        for (int seq = 1; seq <= last; seq++) {
            if (!bySeq.containsKey(seq)) {
                report(problems, seq, AuditProblem.Kind.MISSING, "第%d条记录缺失，已被删除", seq);
            }
        }
        for (int seq : new TreeMap<>(bySeq).keySet()) {
            if (!sound.contains(seq)) {
                continue;
            }
            StoredEntry e = bySeq.get(seq);
            if (seq == 1) {
                if (!AuditHasher.GENESIS.equals(e.prevHash())) {
                    report(problems, 1, AuditProblem.Kind.TAMPERED, "第1条记录的前序哈希不是初始值，已被改动");
                }
            } else if (sound.contains(seq - 1) && !bySeq.get(seq - 1).hash().equals(e.prevHash())) {
                report(problems, seq - 1, AuditProblem.Kind.TAMPERED,
                        "第%d条记录与第%d条记下的哈希不符，已被整体替换", seq - 1, seq);
            }
        }
        checkHead(problems, bySeq, sound, head);
        return new AuditVerification(tableId, entries.size(), List.copyOf(problems.values()));
    }

    private static void checkHead(Map<Integer, AuditProblem> problems, Map<Integer, StoredEntry> bySeq,
                                  Set<Integer> sound, Head head) {
        if (head == null) {
            bySeq.keySet().stream().max(Integer::compare).ifPresent(seq -> report(problems, seq,
                    AuditProblem.Kind.TAMPERED, "审计链头缺失，无法确认截至第%d条的记录完整", seq));
            return;
        }
        for (int seq : sound) {
            if (seq > head.lastSeq()) {
                report(problems, seq, AuditProblem.Kind.TAMPERED, "第%d条记录未经登记（审计链头止于第%d条）",
                        seq, head.lastSeq());
            }
        }
        StoredEntry lastEntry = bySeq.get(head.lastSeq());
        if (lastEntry != null && sound.contains(head.lastSeq()) && !lastEntry.hash().equals(head.lastHash())) {
            report(problems, head.lastSeq(), AuditProblem.Kind.TAMPERED,
                    "第%d条记录与审计链头记下的哈希不符，已被整体替换", head.lastSeq());
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

    private static void report(Map<Integer, AuditProblem> problems, int seq, AuditProblem.Kind kind,
                               String format, Object... args) {
        problems.putIfAbsent(seq, new AuditProblem(seq, kind, String.format(format, args)));
    }
}
