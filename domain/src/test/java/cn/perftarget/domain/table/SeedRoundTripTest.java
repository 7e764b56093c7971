package cn.perftarget.domain.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Every table of the four seed documents survives the database unchanged. */
@SpringBootTest
class SeedRoundTripTest {

    @Autowired
    TargetTableRepository tables;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void everySeedTableIsReloadedCellForCell() {
        int[] count = {0};
        // rolled back: the real project codes must stay free for other tests and the demo data
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            status.setRollbackOnly();
            long unit = TestOrganisations.newUnit(jdbc);
            for (String file : SeedTables.FILES) {
                List<TargetTable> seed = SeedTables.of(file);
                assertThat(seed).as(file).isNotEmpty();
                for (TargetTable table : seed) {
                    int year = table.fiscalYear() == null ? 2025 : table.fiscalYear();
                    StoredTable stored = tables.insert(unit, year, table);
                    assertThat(tables.get(stored.id()).content())
                            .as("%s %s", file, table.projectName())
                            .isEqualTo(table);
                    count[0]++;
                }
            }
        });
        assertThat(count[0]).isEqualTo(4 + 8 + 6 + 24);
    }
}
