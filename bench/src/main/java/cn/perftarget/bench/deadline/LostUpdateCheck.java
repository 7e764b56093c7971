package cn.perftarget.bench.deadline;

import cn.perftarget.domain.audit.AuditLog;
import cn.perftarget.domain.integrity.IntegrityCheck;
import cn.perftarget.domain.integrity.IntegrityReport;
import cn.perftarget.domain.table.StoredTable;
import cn.perftarget.domain.table.TargetTableRepository;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * After the load, every touched table read back from the database and held against what the last successful call
 * said ({@link Ledger}): the status after the last action, the content's hash after the last save, and — when a save
 * was the last call — its version. A table that differs is a lost update. Then, as {@code GeneratedDataCheck} does
 * for the generated data, whether each touched table's status and its engine state agree (a 编制中 table has no
 * process or a 修改 task, a table in review the task of its step, an approved one an instance that ended in
 * {@code approved}); and whether their audit chains verify, each on its own and all together
 * ({@link IntegrityCheck}, which also anchors them).
 */
public final class LostUpdateCheck {

    private static final int EXAMPLES = 10;

    /** What the check found. */
    public record Result(
            int touched,
            int lostUpdates,
            List<String> lostExamples,
            int stateDisagreeing,
            List<String> stateExamples,
            int brokenChains,
            @Nullable Boolean allChainsIntact,
            long chainsChecked) {}

    private static final String STATES = """
            select t.id, t.status, t.process_instance_id is null as no_process, t.approved_revision_id is not null
                   as approved_revision, k.task_def_key_ as task, h.end_act_id_ as ended_at
            from target_table t
            left join act_ru_task k on k.proc_inst_id_ = t.process_instance_id
            left join act_hi_procinst h on h.proc_inst_id_ = t.process_instance_id and h.end_time_ is not null
            where t.id = any(?)""";

    private final TargetTableRepository tables;
    private final JdbcTemplate jdbc;
    private final AuditLog audit;
    private final IntegrityCheck integrity;

    LostUpdateCheck(TargetTableRepository tables, DataSource dataSource, AuditLog audit, IntegrityCheck integrity) {
        this.tables = tables;
        this.jdbc = new JdbcTemplate(dataSource);
        this.audit = audit;
        this.integrity = integrity;
    }

    Result check(Map<Long, Ledger.Expected> expected) {
        List<String> lost = new ArrayList<>();
        int lostCount = 0;
        int broken = 0;
        for (Map.Entry<Long, Ledger.Expected> e : expected.entrySet()) {
            String why = differs(e.getKey(), e.getValue());
            if (why != null) {
                lostCount++;
                if (lost.size() < EXAMPLES) {
                    lost.add("table " + e.getKey() + " (last call by "
                            + e.getValue().actor() + "): " + why);
                }
            }
            if (!audit.verify(e.getKey()).intact()) {
                broken++;
            }
        }
        List<String> disagreeing = new ArrayList<>();
        int[] disagree = {0};
        jdbc.query(
                STATES,
                rs -> {
                    String state = agrees(
                            rs.getString("status"),
                            rs.getBoolean("no_process"),
                            rs.getBoolean("approved_revision"),
                            rs.getString("task"),
                            rs.getString("ended_at"));
                    if (state != null) {
                        disagree[0]++;
                        if (disagreeing.size() < EXAMPLES) {
                            disagreeing.add("table " + rs.getLong("id") + ": " + state);
                        }
                    }
                },
                (Object) expected.keySet().toArray(Long[]::new));
        Optional<IntegrityReport> all = integrity.run();
        return new Result(
                expected.size(),
                lostCount,
                List.copyOf(lost),
                disagree[0],
                List.copyOf(disagreeing),
                broken,
                all.map(IntegrityReport::intact).orElse(null),
                all.map(IntegrityReport::chains).orElse(0));
    }

    /** Why the stored table is not what the last successful call said; null when it is. */
    private @Nullable String differs(long id, Ledger.Expected expected) {
        Optional<StoredTable> row = tables.findById(id);
        if (row.isEmpty()) {
            return "gone";
        }
        StoredTable stored = row.get();
        if (!stored.status().name().equals(expected.status())) {
            return "status " + stored.status() + ", expected " + expected.status();
        }
        if (expected.contentHash() != null && !Ledger.hash(stored.content()).equals(expected.contentHash())) {
            return "content differs from the last save's";
        }
        if (expected.lastWasSave() && stored.version() != expected.version()) {
            return "version " + stored.version() + ", the last save answered " + expected.version();
        }
        return null;
    }

    /** Whether status and engine state agree; null when they do, else what was found. */
    private static @Nullable String agrees(
            String status,
            boolean noProcess,
            boolean approvedRevision,
            @Nullable String task,
            @Nullable String endedAt) {
        boolean ok = switch (status) {
            case "DRAFTING" -> (noProcess && task == null) || "revise".equals(task);
            case "DEPT_REVIEW" -> "departmentReview".equals(task);
            case "FISCAL_REVIEW" -> "fiscalReview".equals(task);
            case "UNIT_CONFIRM" -> "unitConfirmation".equals(task);
            case "APPROVED" -> approvedRevision && task == null && (noProcess || "approved".equals(endedAt));
            default -> task == null;
        };
        return ok ? null : status + " with task " + task + ", process ended at " + endedAt;
    }
}
