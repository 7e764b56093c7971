package cn.perftarget.domain.integrity;

import cn.perftarget.domain.audit.AnchoredHead;
import cn.perftarget.domain.audit.AuditLog;
import cn.perftarget.domain.audit.AuditProblem;
import cn.perftarget.domain.i18n.Message;
import cn.perftarget.domain.i18n.MessageBundles;
import cn.perftarget.domain.security.ChainKey;
import cn.perftarget.domain.security.SecurityEvent;
import cn.perftarget.domain.security.SecurityEventType;
import cn.perftarget.domain.security.SecurityLog;
import cn.perftarget.domain.security.SecurityLogEntry;
import cn.perftarget.domain.security.SecurityLogVerification;
import cn.perftarget.domain.security.SecurityOutcome;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Checks every chain and anchors them (数据完整性): in one REPEATABLE READ transaction — one snapshot of everything —
 * and only on the node that holds the check's advisory lock (another node checking at the same moment is left to
 * it): the anchors' own chain; every table's audit chain against its keyed hashes and its anchored head; every table
 * the anchors know must still have a chain (a history removed whole, entries and head, is found here); the security
 * log against its chain and its anchored end, and every anchor a check entry of the log names must still be there with
 * the digest it had. When everything holds, a new anchor records the heads that moved since the last one and the
 * security log's end. Then, in the security log, an AUDIT_CHECK entry — success with the anchor and its digest, or
 * failure with the broken chains, which the 审计管理员 reads — and, on failure, an error in the application log.
 */
@Service
public class IntegrityCheck {

    private static final Logger log = LoggerFactory.getLogger(IntegrityCheck.class);
    /** the advisory lock of the check: one node of a cluster at a time */
    static final long LOCK = 0x7065_7266_6175_6469L;

    private final AuditLog audit;
    private final SecurityLog securityLog;
    private final AnchorRepository anchors;
    private final ChainKey key;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate snapshot;
    private final Clock clock;

    IntegrityCheck(
            AuditLog audit,
            SecurityLog securityLog,
            AnchorRepository anchors,
            ChainKey key,
            JdbcTemplate jdbc,
            PlatformTransactionManager transactions,
            ObjectProvider<Clock> clock) {
        this.audit = audit;
        this.securityLog = securityLog;
        this.anchors = anchors;
        this.key = key;
        this.jdbc = jdbc;
        this.snapshot = new TransactionTemplate(transactions);
        this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.clock = clock.getIfUnique(Clock::systemUTC);
    }

    /**
     * Checks, anchors and records the result; empty when another node is checking at this moment.
     */
    public Optional<IntegrityReport> run() {
        IntegrityReport report = snapshot.execute(status -> {
            Boolean locked = jdbc.queryForObject("select pg_try_advisory_xact_lock(?)", Boolean.class, LOCK);
            return Boolean.TRUE.equals(locked) ? checkAndAnchor() : null;
        });
        if (report == null) {
            log.info("audit chains: another node is checking them");
            return Optional.empty();
        }
        record(report);
        return Optional.of(report);
    }

    private IntegrityReport checkAndAnchor() {
        Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
        List<BrokenChain> broken = new ArrayList<>();
        AnchorHistory history = anchors.read();
        List<Message> anchorProblems = new ArrayList<>(history.problems());

        Set<Long> seen = new HashSet<>();
        long[] entries = {0};
        audit.verifyAll(history.heads(), history.exist(), v -> {
            seen.add(v.tableId());
            entries[0] += v.entries();
            if (!v.intact()) {
                broken.add(BrokenChain.table(
                        v.tableId(),
                        v.problems().stream().map(AuditProblem::message).toList()));
            }
        });
        new TreeMap<>(history.heads()).forEach((table, head) -> {
            if (!seen.contains(table)) {
                broken.add(BrokenChain.table(table, List.of(Message.of("integrity.chain.removed", head.seq()))));
            }
        });

        Anchor latest = history.latest();
        SecurityLogVerification security = securityLog.verify(
                latest == null ? 0 : latest.securitySeq(),
                latest == null ? null : latest.securityHash(),
                history.exist(),
                entry -> checkNamedAnchor(entry, history, anchorProblems));
        entries[0] += security.entries();
        if (!security.intact()) {
            broken.add(BrokenChain.securityLog(security.problems()));
        }
        if (!anchorProblems.isEmpty()) {
            broken.add(BrokenChain.anchors(anchorProblems));
        }
        TreeMap<Long, AnchoredHead> heads = anchors.currentHeads();
        if (!broken.isEmpty()) {
            return new IntegrityReport(at, heads.size(), entries[0], broken, null, null);
        }
        Anchor anchor = anchor(at, history, heads);
        return new IntegrityReport(at, heads.size(), entries[0], broken, anchor.anchorNo(), anchor.digest());
    }

    /** An AUDIT_CHECK entry names the anchor its check wrote: that anchor must be there with that digest. */
    private static void checkNamedAnchor(SecurityLogEntry entry, AnchorHistory history, List<Message> problems) {
        if (entry.event().type() != SecurityEventType.AUDIT_CHECK
                || entry.event().outcome() != SecurityOutcome.SUCCESS) {
            return;
        }
        Map<String, String> note = IntegrityNote.fields(entry.event().details());
        String number = note.get("anchor");
        String digest = note.get("digest");
        if (number == null || digest == null || !number.matches("[0-9]{1,18}")) {
            return;
        }
        String stored = history.digests().get(Long.parseLong(number));
        if (stored == null) {
            problems.add(Message.of("integrity.anchor.gone", number, entry.seq()));
        } else if (!stored.equals(digest)) {
            problems.add(Message.of("integrity.anchor.otherDigest", number, entry.seq()));
        }
    }

    /** Records the heads that moved since the latest anchor and the security log's end, keyed and chained. */
    private Anchor anchor(Instant at, AnchorHistory history, TreeMap<Long, AnchoredHead> heads) {
        TreeMap<Long, AnchoredHead> changed = new TreeMap<>();
        heads.forEach((table, head) -> {
            if (!head.equals(history.heads().get(table))) {
                changed.put(table, head);
            }
        });
        AnchorRepository.SecurityEnd end = anchors.securityEnd();
        Anchor unsigned = new Anchor(
                history.nextNumber(),
                at,
                heads.size(),
                changed.size(),
                end.seq(),
                end.hash(),
                history.lastDigest(),
                "");
        AnchorDigest digest = new AnchorDigest(key, unsigned);
        changed.forEach((table, head) -> digest.head(table, head.seq(), head.hash()));
        Anchor anchor = new Anchor(
                unsigned.anchorNo(),
                at,
                unsigned.chains(),
                unsigned.changed(),
                end.seq(),
                end.hash(),
                unsigned.prevDigest(),
                digest.finish());
        anchors.insert(anchor, changed);
        return anchor;
    }

    /** The result in the security log (for the 审计管理员) and, on failure, in the application log as an error. */
    private void record(IntegrityReport report) {
        String note = IntegrityNote.of(report);
        if (report.intact()) {
            securityLog.append(SecurityEvent.success(SecurityEventType.AUDIT_CHECK, SYSTEM, null, null)
                    .withDetails(note));
            log.info(
                    "audit chains intact: {} chains, {} entries, anchor {} ({})",
                    report.chains(),
                    report.entries(),
                    report.anchorNo(),
                    report.digest());
            return;
        }
        securityLog.append(SecurityEvent.failure(SecurityEventType.AUDIT_CHECK, SYSTEM, objectOf(report), null)
                .withDetails(note));
        MessageBundles bundles = MessageBundles.domain();
        List<String> lines = new ArrayList<>();
        for (BrokenChain chain : report.broken()) {
            lines.add(bundles.chinese(chain.name()) + ": "
                    + String.join(
                            "；", chain.problems().stream().map(bundles::chinese).toList()));
        }
        log.error(
                "{}\n{}",
                bundles.chinese(Message.of("integrity.failed", report.broken().size())),
                String.join("\n", lines));
    }

    /** the broken chains as the entry's object: as many ids as fit the column */
    private static String objectOf(IntegrityReport report) {
        StringBuilder object = new StringBuilder();
        for (BrokenChain chain : report.broken()) {
            if (object.length() + chain.id().length() + 1 > 200) {
                break;
            }
            object.append(object.isEmpty() ? "" : ",").append(chain.id());
        }
        return Objects.toString(object);
    }

    private static final String SYSTEM = "system";
}
