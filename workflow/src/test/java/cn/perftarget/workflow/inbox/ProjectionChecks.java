package cn.perftarget.workflow.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perftarget.domain.db.EmbeddedDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/** What the tests of the projections kept by triggers ({@code open_task}, {@code done_task}) check and do. */
final class ProjectionChecks {

    private ProjectionChecks() {}

    /** The projection holds exactly what its definition over Camunda's tables and ours gives, row for row. */
    static void assertMatchesDefinition(JdbcTemplate jdbc, String table, String columns, String definition) {
        String projection = "select " + columns + " from " + table;
        List<Map<String, Object>> missing =
                jdbc.queryForList("select * from (" + definition + ") d except " + projection);
        List<Map<String, Object>> extra =
                jdbc.queryForList(projection + " except select * from (" + definition + ") d");
        assertThat(missing).as("rows missing from " + table).isEmpty();
        assertThat(extra)
                .as("rows of " + table + " its definition does not give")
                .isEmpty();
    }

    /** What Flyway's afterMigrate does at every start, as the owner. */
    static void putTriggersInPlace(EmbeddedDatabase db, TriggeredProjection projection) {
        try (Connection owner = db.ownerDataSource().getConnection()) {
            projection.ensure(owner);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
