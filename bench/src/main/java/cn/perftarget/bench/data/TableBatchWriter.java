package cn.perftarget.bench.data;

import cn.perftarget.domain.audit.AuditEntry;
import cn.perftarget.domain.revision.RevisionKind;
import cn.perftarget.domain.security.ChainKey;
import cn.perftarget.domain.table.TableCodec;
import cn.perftarget.domain.table.TargetTable;
import cn.perftarget.workflow.process.ServiceCall;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Array;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes one batch of planned tables in one transaction: our rows by COPY (tables, revisions, rounds, audit entries
 * and heads), the process instances through the real engine ({@link RoundDriver}), then the tables' round columns in
 * one UPDATE. Ids come from the tables' own sequences, reserved up front, because the rows refer to each other
 * (revisions → table, table → its approved and reviewed revision, audit → revision).
 */
final class TableBatchWriter {

    private static final BigDecimal BUDGET_LIMIT = new BigDecimal("1E12");

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final TableCodec codec;
    private final RoundDriver driver;
    private final ChainKey key;

    TableBatchWriter(
            DataSource dataSource,
            TransactionTemplate transaction,
            TableCodec codec,
            RoundDriver driver,
            ChainKey key) {
        this.dataSource = dataSource;
        this.jdbc = new JdbcTemplate(dataSource);
        this.transaction = transaction;
        this.codec = codec;
        this.driver = driver;
        this.key = key;
    }

    /** Nanoseconds spent so far, over all writer threads: in the engine, and in our own rows. */
    private final AtomicLong engineNanos = new AtomicLong();

    private final AtomicLong rowNanos = new AtomicLong();

    long engineNanos() {
        return engineNanos.get();
    }

    long rowNanos() {
        return rowNanos.get();
    }

    void write(List<PlannedTable> plans) {
        ServiceCall.run(() -> transaction.execute(status -> {
            writeInTransaction(plans);
            return null;
        }));
    }

    private void writeInTransaction(List<PlannedTable> plans) {
        long t0 = System.nanoTime();
        long engine = writeRows(plans);
        rowNanos.addAndGet(System.nanoTime() - t0 - engine);
    }

    /** Writes the batch; returns the nanoseconds the engine took. */
    private long writeRows(List<PlannedTable> plans) {
        int n = plans.size();
        long[] tableIds = reserve("target_table_id_seq", n);
        int revisionCount = 0;
        for (PlannedTable p : plans) {
            revisionCount += p.step() == RoundStep.APPROVED ? 2 : p.step() == RoundStep.DRAFT ? 0 : 1;
        }
        long[] revisionIds = reserve("table_revision_id_seq", revisionCount);

        CopyRows tables = new CopyRows(
                "target_table",
                "id, unit_id, fiscal_year, project_code, project_name, budget, "
                        + "status, adjusting, content, created_at, updated_at, submitted_at, version");
        CopyRows revisions =
                new CopyRows("table_revision", "id, table_id, revision_no, kind, snapshot, created_by, created_at");
        @Nullable Long[] submitted = new Long[n]; // null for drafts
        @Nullable Long[] approved = new Long[n]; // null unless approved
        List<RoundDriver.Round> rounds = new ArrayList<>();
        int r = 0;
        for (int i = 0; i < n; i++) {
            PlannedTable p = plans.get(i);
            TargetTable content = p.content();
            String json = codec.write(content);
            tables.add(tableIds[i])
                    .add(p.unit().id())
                    .add(p.year())
                    .add(content.projectCode().strip())
                    .add(content.projectName().strip())
                    .add(budget(content))
                    .add(p.step().status().name())
                    .add(false)
                    .add(json)
                    .add(p.times().created())
                    .add(p.lastAction())
                    .add(p.times().submitted())
                    .add(AuditTrail.version(p))
                    .endRow();
            if (p.step().hasRound()) {
                submitted[i] = revisionIds[r++];
                revisions
                        .add(submitted[i])
                        .add(tableIds[i])
                        .add(1)
                        .add(RevisionKind.DRAFT.name())
                        .add(json)
                        .add(p.drafter())
                        .add(p.times().submitted())
                        .endRow();
                rounds.add(new RoundDriver.Round(tableIds[i], submitted[i], p));
            }
            if (p.step() == RoundStep.APPROVED) {
                approved[i] = revisionIds[r++];
                revisions
                        .add(approved[i])
                        .add(tableIds[i])
                        .add(2)
                        .add(RevisionKind.APPROVED.name())
                        .add(json)
                        .add(p.fiscalReviewer())
                        .add(p.times().graded())
                        .endRow();
            }
            if (p.step() == RoundStep.TAKEN_OVER) {
                approved[i] = revisionIds[r++];
                revisions
                        .add(approved[i])
                        .add(tableIds[i])
                        .add(1)
                        .add(RevisionKind.APPROVED.name())
                        .add(json)
                        .add(AuditTrail.TAKE_OVER_ACTOR)
                        .add(p.times().created())
                        .endRow();
            }
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            tables.copy(connection);
            revisions.copy(connection);

            long e0 = System.nanoTime();
            Map<Long, String> pids = driver.drive(rounds);
            long engine = System.nanoTime() - e0;
            engineNanos.addAndGet(engine);

            CopyRows roundRows =
                    new CopyRows("workflow_round", "process_instance_id, table_id, adjustment, started_at");
            CopyRows audit = new CopyRows(
                    "audit_entry",
                    "table_id, seq, actor, actor_role, at, action, from_state, "
                            + "to_state, comment, revision_id, prev_hash, hash");
            CopyRows heads = new CopyRows("audit_head", "table_id, last_seq, last_hash");
            for (int i = 0; i < n; i++) {
                PlannedTable p = plans.get(i);
                if (p.step().hasRound()) {
                    roundRows
                            .add(pids.get(tableIds[i]))
                            .add(tableIds[i])
                            .add(false)
                            .add(p.times().submitted())
                            .endRow();
                }
                List<AuditEntry> entries = AuditTrail.of(key, tableIds[i], p, submitted[i], approved[i]);
                for (AuditEntry e : entries) {
                    audit.add(e.tableId())
                            .add(e.seq())
                            .add(e.actor())
                            .add(e.actorRole())
                            .add(e.at())
                            .add(e.action().name())
                            .add(e.fromState() == null ? null : e.fromState().name())
                            .add(e.toState() == null ? null : e.toState().name())
                            .add(e.comment())
                            .add(e.revisionId())
                            .add(e.prevHash())
                            .add(e.hash())
                            .endRow();
                }
                AuditEntry last = entries.get(entries.size() - 1);
                heads.add(tableIds[i]).add(last.seq()).add(last.hash()).endRow();
            }
            roundRows.copy(connection);
            audit.copy(connection);
            heads.copy(connection);
            link(connection, tableIds, pids, submitted, approved);
            return engine;
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /**
     * The columns that point at revisions and rounds, in one statement for the batch: the round (process instance),
     * the revision under review and submitted, the approved one in force.
     */
    private void link(
            Connection connection, long[] tableIds, Map<Long, String> pids, Long[] submitted, Long[] approved) {
        List<Integer> linked = new ArrayList<>();
        for (int i = 0; i < tableIds.length; i++) {
            if (submitted[i] != null || approved[i] != null) {
                linked.add(i);
            }
        }
        if (linked.isEmpty()) {
            return;
        }
        int n = linked.size();
        Long[] ids = new Long[n];
        String[] pidArray = new String[n];
        Long[] reviewed = new Long[n];
        Long[] approvedArray = new Long[n];
        for (int k = 0; k < n; k++) {
            int i = linked.get(k);
            ids[k] = tableIds[i];
            pidArray[k] = pids.get(tableIds[i]);
            reviewed[k] = submitted[i];
            approvedArray[k] = approved[i];
        }
        try {
            Array idSql = connection.createArrayOf("bigint", ids);
            Array pidSql = connection.createArrayOf("varchar", pidArray);
            Array reviewedSql = connection.createArrayOf("bigint", reviewed);
            Array approvedSql = connection.createArrayOf("bigint", approvedArray);
            int updated = jdbc.update("""
                    update target_table t set process_instance_id = r.pid, review_revision_id = r.reviewed,
                        submitted_revision_id = r.reviewed, approved_revision_id = r.approved
                    from unnest(?, ?, ?, ?) as r(table_id, pid, reviewed, approved)
                    where t.id = r.table_id""", idSql, pidSql, reviewedSql, approvedSql);
            if (updated != n) {
                throw new IllegalStateException("只更新了 " + updated + " / " + n + " 张表的版本与审批轮次");
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private long[] reserve(String sequence, int count) {
        if (count == 0) {
            return new long[0];
        }
        List<Long> ids =
                jdbc.queryForList("select nextval('" + sequence + "') from generate_series(1, ?)", Long.class, count);
        return ids.stream().mapToLong(Long::longValue).toArray();
    }

    /** 预算数 as the repository stores it: two decimals, null when blank, unreadable or too large. */
    private static @Nullable BigDecimal budget(TargetTable content) {
        return content.budget()
                .amount()
                .map(a -> a.setScale(2, RoundingMode.HALF_UP))
                .filter(a -> a.abs().compareTo(BUDGET_LIMIT) < 0)
                .orElse(null);
    }
}
