package cn.perftarget.workflow.round;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The budget rounds (table budget_round, V16) and the marks they leave on tables. */
@Repository
public class BudgetRoundRepository {

    private static final String COLUMNS = "id, region_code, fiscal_year, submission_deadline, review_deadline,"
            + " reminder_working_days, state, opened_by, opened_at, closed_by, closed_at";

    private final NamedParameterJdbcTemplate jdbc;

    BudgetRoundRepository(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The region's rounds, newest year first, the newest round of a year first. */
    public List<BudgetRound> ofRegion(String regionCode) {
        return jdbc.query(
                "select " + COLUMNS + " from budget_round where region_code = :region"
                        + " order by fiscal_year desc, id desc",
                new MapSqlParameterSource("region", regionCode),
                BudgetRoundRepository::round);
    }

    /** The round of a year: the region's newest round of that year (the open one, if one is open). */
    public Optional<BudgetRound> ofYear(String regionCode, int fiscalYear) {
        return jdbc
                .query(
                        "select " + COLUMNS + " from budget_round where region_code = :region and fiscal_year = :year"
                                + " order by (state = 'OPEN') desc, id desc limit 1",
                        new MapSqlParameterSource("region", regionCode).addValue("year", fiscalYear),
                        BudgetRoundRepository::round)
                .stream()
                .findFirst();
    }

    public Optional<BudgetRound> find(long id) {
        return jdbc
                .query(
                        "select " + COLUMNS + " from budget_round where id = :id",
                        new MapSqlParameterSource("id", id),
                        BudgetRoundRepository::round)
                .stream()
                .findFirst();
    }

    /** The round, its row locked until the transaction ends. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<BudgetRound> lock(long id) {
        return jdbc
                .query(
                        "select " + COLUMNS + " from budget_round where id = :id for update",
                        new MapSqlParameterSource("id", id),
                        BudgetRoundRepository::round)
                .stream()
                .findFirst();
    }

    /** Every open round. */
    public List<BudgetRound> openRounds() {
        return jdbc.query(
                "select " + COLUMNS + " from budget_round where state = 'OPEN' order by id",
                new MapSqlParameterSource(),
                BudgetRoundRepository::round);
    }

    /** A new open round; empty when the region has an open round of that year already (the unique index). */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<BudgetRound> insertOpen(
            String regionCode,
            int fiscalYear,
            LocalDate submission,
            LocalDate review,
            int reminderDays,
            String by,
            Instant at) {
        return jdbc
                .query(
                        "insert into budget_round (region_code, fiscal_year, submission_deadline, review_deadline,"
                                + " reminder_working_days, state, opened_by, opened_at)"
                                + " values (:region, :year, :submission, :review, :days, 'OPEN', :by, :at)"
                                + " on conflict (region_code, fiscal_year) where state = 'OPEN' do nothing"
                                + " returning " + COLUMNS,
                        new MapSqlParameterSource("region", regionCode)
                                .addValue("year", fiscalYear)
                                .addValue("submission", submission)
                                .addValue("review", review)
                                .addValue("days", reminderDays)
                                .addValue("by", by)
                                .addValue("at", utc(at)),
                        BudgetRoundRepository::round)
                .stream()
                .findFirst();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void updateDeadlines(long id, LocalDate submission, LocalDate review, int reminderDays) {
        jdbc.update(
                "update budget_round set submission_deadline = :submission, review_deadline = :review,"
                        + " reminder_working_days = :days where id = :id",
                new MapSqlParameterSource("id", id)
                        .addValue("submission", submission)
                        .addValue("review", review)
                        .addValue("days", reminderDays));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void close(long id, String by, Instant at) {
        jdbc.update(
                "update budget_round set state = 'CLOSED', closed_by = :by, closed_at = :at where id = :id",
                new MapSqlParameterSource("id", id).addValue("by", by).addValue("at", utc(at)));
    }

    /** Records the round a table was first submitted within and whether it came late. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void markSubmission(long tableId, long roundId, boolean late) {
        jdbc.update(
                "update target_table set budget_round_id = :round, submitted_late = :late where id = :id",
                new MapSqlParameterSource("id", tableId)
                        .addValue("round", roundId)
                        .addValue("late", late));
    }

    /** Whether the table's first submission was late (逾期提交). */
    public boolean submittedLate(long tableId) {
        return jdbc
                .queryForList(
                        "select submitted_late from target_table where id = :id",
                        new MapSqlParameterSource("id", tableId),
                        Boolean.class)
                .stream()
                .findFirst()
                .orElse(false);
    }

    static OffsetDateTime utc(Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    private static BudgetRound round(ResultSet rs, int i) throws SQLException {
        return new BudgetRound(
                rs.getLong("id"),
                rs.getString("region_code"),
                rs.getInt("fiscal_year"),
                rs.getObject("submission_deadline", LocalDate.class),
                rs.getObject("review_deadline", LocalDate.class),
                rs.getInt("reminder_working_days"),
                BudgetRoundState.valueOf(rs.getString("state")),
                rs.getString("opened_by"),
                rs.getObject("opened_at", OffsetDateTime.class).toInstant(),
                rs.getString("closed_by"),
                instant(rs.getObject("closed_at", OffsetDateTime.class)));
    }

    private static @Nullable Instant instant(@Nullable OffsetDateTime t) {
        return t == null ? null : t.toInstant();
    }
}
