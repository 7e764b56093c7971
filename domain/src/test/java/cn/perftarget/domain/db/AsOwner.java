package cn.perftarget.domain.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * SQL as the owner of the tables — a database administrator acting behind the application's back (the application
 * role cannot): statements with the table's triggers disabled, rows removed from the append-only tables.
 */
public final class AsOwner {

    private AsOwner() {}

    /** Runs {@code work} on one owner connection in one transaction, committed at the end. */
    public static void inTransaction(EmbeddedDatabase db, Consumer<JdbcTemplate> work) {
        run(db, work, true);
    }

    /** Runs {@code work} on one owner connection in one transaction that is rolled back whatever happens. */
    public static void rolledBack(EmbeddedDatabase db, Consumer<JdbcTemplate> work) {
        run(db, work, false);
    }

    private static void run(EmbeddedDatabase db, Consumer<JdbcTemplate> work, boolean commit) {
        try (Connection c = db.ownerDataSource().getConnection()) {
            c.setAutoCommit(false);
            try {
                work.accept(new JdbcTemplate(new SingleConnectionDataSource(c, true)));
                if (commit) {
                    c.commit();
                } else {
                    c.rollback();
                }
            } catch (RuntimeException | Error e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
