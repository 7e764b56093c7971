package cn.perftarget.workflow.error;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.IdentityHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Whether a failure comes from the database being unreachable — by type and SQL state, never by text: no connection
 * to be had from the pool (Hikari's {@link SQLTransientConnectionException}), no transaction to be begun, Spring's
 * {@link DataAccessResourceFailureException}, or an SQL state of class {@code 08} (connection exception) or
 * {@code 57P01}–{@code 57P03} (the server shutting down or starting).
 */
public final class DatabaseOutage {

    private DatabaseOutage() {}

    public static boolean isCause(@Nullable Throwable failure) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable t = failure; t != null && seen.put(t, Boolean.TRUE) == null; t = t.getCause()) {
            if (t instanceof SQLTransientConnectionException
                    || t instanceof CannotCreateTransactionException
                    || t instanceof DataAccessResourceFailureException) {
                return true;
            }
            if (t instanceof SQLException e && unreachable(e.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static boolean unreachable(@Nullable String state) {
        return state != null
                && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03"));
    }
}
