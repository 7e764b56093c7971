package cn.perftarget.workflow.process;

import cn.perftarget.domain.table.TargetTableRepository;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The link between target tables and their approval rounds (process instances): V10's columns and workflow_round. */
@Repository
public class RoundRepository {

    private final NamedParameterJdbcTemplate jdbc;

    public RoundRepository(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The columns of a table's round on its {@code target_table} row (V10), for {@link #STATE}. */
    public static final String STATE_COLUMNS =
            "process_instance_id, review_revision_id, submitted_revision_id," + " adjustment_reason";

    /** Maps {@link #STATE_COLUMNS} (by name) to the round's state. */
    public static final RowMapper<RoundState> STATE = (rs, i) -> new RoundState(
            rs.getString("process_instance_id"),
            rs.getObject("review_revision_id", Long.class),
            rs.getObject("submitted_revision_id", Long.class),
            rs.getString("adjustment_reason"));

    public RoundState state(long tableId) {
        return jdbc
                .query(
                        "select " + STATE_COLUMNS + " from target_table where id = :id",
                        new MapSqlParameterSource("id", tableId),
                        STATE)
                .stream()
                .findFirst()
                .orElse(RoundState.NONE);
    }

    /** The round's columns as written with the table's state (one update of the row instead of two). */
    public static TargetTableRepository.MoreColumns columnsOf(RoundState state) {
        Map<String, Object> values = new HashMap<>();
        values.put("roundPid", state.processInstanceId());
        values.put("roundReview", state.reviewRevisionId());
        values.put("roundSubmitted", state.submittedRevisionId());
        values.put("roundReason", state.adjustmentReason());
        return new TargetTableRepository.MoreColumns(
                "process_instance_id = :roundPid, review_revision_id = :roundReview,"
                        + " submitted_revision_id = :roundSubmitted, adjustment_reason = :roundReason",
                values);
    }

    /** The grade of the table's last 财政审核 (最近评级, V14), as written with the table's state. */
    public static TargetTableRepository.MoreColumns lastGrade(String grade) {
        return new TargetTableRepository.MoreColumns("last_grade = :lastGrade", Map.of("lastGrade", grade));
    }

    /** Writes columns of the table's row ({@link #columnsOf}, {@link #lastGrade}) where its state is not written. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void save(long tableId, TargetTableRepository.MoreColumns columns) {
        jdbc.update(
                "update target_table set " + columns.assignments() + " where id = :id",
                new MapSqlParameterSource(columns.parameters()).addValue("id", tableId));
    }

    /** Records a new round of the table. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordRound(String processInstanceId, long tableId, boolean adjustment) {
        jdbc.update(
                "insert into workflow_round (process_instance_id, table_id, adjustment) values (:pid, :table, :adj)",
                new MapSqlParameterSource("pid", processInstanceId)
                        .addValue("table", tableId)
                        .addValue("adj", adjustment));
    }

    /** The table of an approval round. */
    public Optional<Long> tableOfRound(String processInstanceId) {
        return jdbc
                .queryForList(
                        "select table_id from workflow_round where process_instance_id = :pid",
                        new MapSqlParameterSource("pid", processInstanceId),
                        Long.class)
                .stream()
                .findFirst();
    }

    /**
     * The table of the round a waiting task belongs to, in one statement (the engine's task row by its primary key,
     * the round by its own); empty when no such task waits (handled, or never a task of an approval round).
     */
    public Optional<Long> tableOfWaitingTask(String taskId) {
        return jdbc.queryForList("""
                        select r.table_id from ACT_RU_TASK t
                          join workflow_round r on r.process_instance_id = t.PROC_INST_ID_
                         where t.ID_ = :task""", new MapSqlParameterSource("task", taskId), Long.class).stream()
                .findFirst();
    }

    /** Whether the round is an adjustment (调整). */
    public boolean isAdjustment(String processInstanceId) {
        return jdbc
                .queryForList(
                        "select adjustment from workflow_round where process_instance_id = :pid",
                        new MapSqlParameterSource("pid", processInstanceId),
                        Boolean.class)
                .stream()
                .findFirst()
                .orElse(false);
    }
}
