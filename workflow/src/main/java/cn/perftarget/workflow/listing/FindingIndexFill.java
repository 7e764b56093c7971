package cn.perftarget.workflow.listing;

import cn.perftarget.domain.table.TargetTableRepository;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * At start, indexes the findings of the tables that have none yet (tables from before V14, the demo's seed tables, a
 * bulk load), a batch per transaction. Every action of the approval service keeps them afterwards.
 */
@Component
class FindingIndexFill {

    private static final Logger log = LoggerFactory.getLogger(FindingIndexFill.class);
    private static final int BATCH = 200;

    private final FindingIndex index;
    private final TargetTableRepository tables;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    FindingIndexFill(
            FindingIndex index, TargetTableRepository tables, JdbcTemplate jdbc, TransactionTemplate transaction) {
        this.index = index;
        this.tables = tables;
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void fill() {
        int done = fillMissing();
        if (done > 0) {
            log.info("findings indexed for {} tables", done);
        }
    }

    /** Indexes every table without findings; returns how many. */
    int fillMissing() {
        int done = 0;
        long after = 0;
        while (true) {
            long from = after;
            List<Long> ids = jdbc.queryForList(
                    "select id from target_table where finding_rules is null and id > ? order by id limit " + BATCH,
                    Long.class,
                    from);
            if (ids.isEmpty()) {
                return done;
            }
            transaction.executeWithoutResult(status -> ids.forEach(id -> index.refresh(tables.get(id))));
            done += ids.size();
            after = ids.get(ids.size() - 1);
        }
    }
}
