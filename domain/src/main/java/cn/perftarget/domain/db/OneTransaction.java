package cn.perftarget.domain.db;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Work on a connection someone else holds (Flyway's callbacks get the owner's) as one transaction: committed when the
 * work ends, rolled back when it throws, and the connection's auto-commit as it was afterwards.
 */
public final class OneTransaction {

    /** Work with the connection's statements, which may fail with an {@link SQLException}. */
    @FunctionalInterface
    public interface Work<T> {
        T run() throws SQLException;
    }

    /** Work with the connection's statements that returns nothing. */
    @FunctionalInterface
    public interface Statements {
        void run() throws SQLException;
    }

    private OneTransaction() {}

    /** Runs {@code statements} on {@code connection} in one transaction. */
    public static void run(Connection connection, Statements statements) throws SQLException {
        on(connection, () -> {
            statements.run();
            return Boolean.TRUE;
        });
    }

    /** Runs {@code work} on {@code connection} in one transaction; returns what it returned. */
    public static <T> T on(Connection connection, Work<T> work) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            T result = work.run();
            connection.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }
}
