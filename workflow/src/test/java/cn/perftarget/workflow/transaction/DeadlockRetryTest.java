package cn.perftarget.workflow.transaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.perftarget.workflow.WorkflowTestSupport;
import cn.perftarget.workflow.support.TestOrganisation;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two service calls that lock the same two rows in opposite order deadlock; PostgreSQL ends one of them, which is run
 * again as a whole and succeeds — both callers see success, and each change is there once.
 */
@Import(DeadlockRetryTest.Lockers.class)
class DeadlockRetryTest extends WorkflowTestSupport {

    @Autowired
    private TwoRows twoRows;

    @Autowired
    private TransactionTemplate transactions;

    @Test
    void aTransactionEndedAsADeadlockIsRunAgainAndBothCallsSucceed() throws Exception {
        TestOrganisation org = newOrganisation();
        long a = org.unit1.savedId();
        long b = org.unit2.savedId();
        CountDownLatch bothHoldOne = new CountDownLatch(2);
        int before = twoRows.tries();
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<?> first = threads.submit(() -> twoRows.lockInOrder(a, b, bothHoldOne, "甲"));
            Future<?> second = threads.submit(() -> twoRows.lockInOrder(b, a, bothHoldOne, "乙"));
            first.get(30, TimeUnit.SECONDS);
            second.get(30, TimeUnit.SECONDS);
        } finally {
            threads.shutdownNow();
        }
        assertThat(twoRows.tries() - before)
                .as("one of the two was run a second time")
                .isEqualTo(3);
        assertThat(jdbc.queryForObject(
                        "select count(*) from organisation where id in (?, ?) and name like '%甲乙' or id in (?, ?)"
                                + " and name like '%乙甲'",
                        Integer.class, a, b, a, b))
                .as("both calls changed both rows, each once, the loser after the winner")
                .isEqualTo(2);
    }

    @Test
    void aCallThatJoinsAnOuterTransactionIsNotRunAgain() {
        TestOrganisation org = newOrganisation();
        int before = twoRows.tries();
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> twoRows.failAsDeadlock()))
                .isInstanceOf(DataAccessException.class);
        assertThat(twoRows.tries() - before).isEqualTo(1);
        assertThat(org.unit1.savedId()).isPositive();
    }

    @TestConfiguration
    static class Lockers {
        @org.springframework.context.annotation.Bean
        TwoRows twoRows(JdbcTemplate jdbc) {
            return new TwoRows(jdbc);
        }
    }

    /** A service that locks two organisation rows, one after the other, and marks them. */
    static class TwoRows {
        private final JdbcTemplate jdbc;
        private final AtomicInteger tries = new AtomicInteger();

        TwoRows(JdbcTemplate jdbc) {
            this.jdbc = jdbc;
        }

        @Transactional
        public void lockInOrder(long first, long second, CountDownLatch bothHoldOne, String mark) {
            tries.incrementAndGet();
            jdbc.update("update organisation set name = name || ? where id = ?", mark, first);
            bothHoldOne.countDown();
            try {
                bothHoldOne.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            jdbc.update("update organisation set name = name || ? where id = ?", mark, second);
        }

        @Transactional
        public void failAsDeadlock() {
            tries.incrementAndGet();
            jdbc.execute("do $$ begin raise exception 'test' using errcode = '40P01'; end $$");
        }

        int tries() {
            return tries.get();
        }
    }
}
