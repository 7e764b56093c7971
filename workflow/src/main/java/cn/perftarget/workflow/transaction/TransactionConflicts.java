package cn.perftarget.workflow.transaction;

import java.sql.SQLException;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Whether a failure is a transaction that PostgreSQL ended as the loser of a deadlock (SQL state {@code 40P01}) or of
 * a serialization conflict ({@code 40001}): nothing of it was committed, and the same call run again as a whole
 * succeeds.
 */
public final class TransactionConflicts {

    private static final Set<String> RETRYABLE = Set.of("40P01", "40001");

    private TransactionConflicts() {}

    public static boolean retryable(Throwable failure) {
        return state(failure) != null;
    }

    /** The SQL state of a deadlock or serialization failure somewhere in the causes, else null. */
    static @Nullable String state(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql) {
                for (SQLException s = sql; s != null; s = s.getNextException()) {
                    if (s.getSQLState() != null && RETRYABLE.contains(s.getSQLState())) {
                        return s.getSQLState();
                    }
                }
            }
        }
        return null;
    }
}
