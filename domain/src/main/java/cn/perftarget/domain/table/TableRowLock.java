package cn.perftarget.domain.table;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Serialises writers of one table's revisions and audit history: a row lock on the target_table row, held until
 * the caller's transaction ends. {@code FOR NO KEY UPDATE} does not block foreign-key checks of other inserts.
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
        List<Long> ids =
                jdbc.queryForList("select id from target_table where id = ? for no key update", Long.class, tableId);
        if (ids.isEmpty()) {
            throw new TableNotFoundException(tableId);
        }
    }
}
