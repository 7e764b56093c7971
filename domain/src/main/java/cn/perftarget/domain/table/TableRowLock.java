package cn.perftarget.domain.table;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Serialises writers of one table's revisions and audit history: a row lock on the target_table row, held until
 * the caller's transaction ends. {@code FOR NO KEY UPDATE} does not block foreign-key checks of other inserts. A
 * table already locked in the current transaction is not locked again: one action takes the lock once, however many
 * of its parts (the action, the revision, the audit entry) ask for it.
 */
@Component
public class TableRowLock {

    private final JdbcTemplate jdbc;

    public TableRowLock(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Locks the row for the rest of the caller's transaction; fails when there is no such table. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void lock(long tableId) {
        Set<Long> locked = lockedInThisTransaction();
        if (locked.contains(tableId)) {
            return;
        }
        List<Long> ids =
                jdbc.queryForList("select id from target_table where id = ? for no key update", Long.class, tableId);
        if (ids.isEmpty()) {
            throw new TableNotFoundException(tableId);
        }
        locked.add(tableId);
    }

    /**
     * Locks the row by reading it: {@code read} is given whether the row must still be locked (then it must select
     * the row {@code FOR NO KEY UPDATE}) and returns what it read, empty when there is no such table — one statement
     * where {@link #lock} and a read would be two.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public <T> T lockReading(long tableId, Function<Boolean, Optional<T>> read) {
        Set<Long> locked = lockedInThisTransaction();
        T found = read.apply(!locked.contains(tableId)).orElseThrow(() -> new TableNotFoundException(tableId));
        locked.add(tableId);
        return found;
    }

    /**
     * The tables this transaction holds locks on, bound to the transaction: set aside while an inner transaction of
     * its own runs ({@code REQUIRES_NEW}), forgotten when it ends.
     */
    @SuppressWarnings("unchecked")
    private static Set<Long> lockedInThisTransaction() {
        Set<Long> locked = (Set<Long>) TransactionSynchronizationManager.getResource(LockedTables.KEY);
        if (locked != null) {
            return locked;
        }
        Set<Long> fresh = new HashSet<>();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.bindResource(LockedTables.KEY, fresh);
            TransactionSynchronizationManager.registerSynchronization(new LockedTables(fresh));
        }
        return fresh;
    }

    /** Keeps the set of locked tables with its transaction. */
    private record LockedTables(Set<Long> tables) implements TransactionSynchronization {

        private static final Object KEY = LockedTables.class;

        @Override
        public void suspend() {
            TransactionSynchronizationManager.unbindResourceIfPossible(KEY);
        }

        @Override
        public void resume() {
            TransactionSynchronizationManager.bindResource(KEY, tables);
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(KEY);
        }
    }
}
