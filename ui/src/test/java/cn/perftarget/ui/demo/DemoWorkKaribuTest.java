package cn.perftarget.ui.demo;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perftarget.domain.audit.AuditAction;
import cn.perftarget.domain.audit.AuditEntry;
import cn.perftarget.domain.audit.AuditLog;
import cn.perftarget.domain.demo.DemoDataLoaded;
import cn.perftarget.domain.table.StoredTable;
import cn.perftarget.domain.table.TableStatus;
import cn.perftarget.domain.table.TargetTableRepository;
import cn.perftarget.ui.KaribuTest;
import cn.perftarget.workflow.access.Accounts;
import cn.perftarget.workflow.inbox.InboxCounts;
import cn.perftarget.workflow.inbox.InboxFilter;
import cn.perftarget.workflow.inbox.InboxQuery;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Demo work at every step: the shared context starts from a fresh demo database, as after {@code rm -rf ./data}, and
 * the demo work has driven the seed tables through the approval service: every step is there, and every demo
 * reviewer has work in the inbox.
 */
class DemoWorkKaribuTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TargetTableRepository tables;

    @Autowired
    AuditLog audit;

    @Autowired
    InboxQuery inbox;

    @Autowired
    Accounts accounts;

    @Autowired
    ApplicationEventPublisher events;

    @Test
    void everyStepOfTheRoundHasDemoTables() {
        for (TableStatus status : TableStatus.values()) {
            assertThat(count("select count(*) from target_table where status = ? and not adjusting", status.name()))
                    .as(status.name())
                    .isPositive();
        }
        assertThat(count("select count(*) from target_table where adjusting and status = 'DRAFTING'"))
                .as("an adjustment at the unit")
                .isPositive();
        assertThat(count("select count(*) from target_table where adjusting and status = 'DEPT_REVIEW'"))
                .as("an adjustment under review")
                .isPositive();

        // 退回 with pinned comments (主管部门退回 and 中), by the demo reviewers through the service
        StoredTable returned = tables.get(firstTable("RETURN", "bumen"));
        assertThat(returned.status()).isEqualTo(TableStatus.DRAFTING);
        AuditEntry last = last(returned.id());
        assertThat(last.action()).isEqualTo(AuditAction.RETURN);
        assertThat(last.comment()).contains("【绩效目标】", "【第1行指标】");
        AuditEntry fair = last(firstTable("GRADE", "caizheng", "评级：中%"));
        assertThat(fair.comment()).contains("【绩效目标】");

        // 单位确认 after a 良 edit
        StoredTable good = tables.get(firstTable("GRADE", "caizheng", "评级：良%"));
        assertThat(good.status()).isEqualTo(TableStatus.UNIT_CONFIRM);
        assertThat(good.content().fundPurpose()).endsWith("（按实际订阅数量据实结算）");
    }

    /** The first table the demo reviewer did this to (the demo work came first in this database). */
    private long firstTable(String action, String actor, String... commentLike) {
        Long id = jdbc.queryForObject(
                "select table_id from audit_entry where action = ? and actor = ?"
                        + (commentLike.length > 0 ? " and comment like ?" : "")
                        + " order by id limit 1",
                Long.class,
                commentLike.length > 0 ? new Object[] {action, actor, commentLike[0]} : new Object[] {action, actor});
        assertThat(id).as(action + " by " + actor).isNotNull();
        return id;
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "bumen",
                "bumen-ln",
                "bumen-cd",
                "bumen-gw",
                "caizheng",
                "caizheng-ln",
                "caizheng-cd",
                "caizheng-gw"
            })
    void everyDemoReviewerFindsWorkInTheInbox(String reviewer) {
        InboxCounts counts = inbox.counts(accounts.find(reviewer).orElseThrow(), InboxFilter.NONE);
        assertThat(counts.mine() + counts.claimable()).as(reviewer).isPositive();
    }

    @Test
    void theTablesTheTestsOpenAsDraftsStayDrafts() {
        for (String code : List.of(
                "1303112121B0RMI62LEAT", "130311219Q3XT3A39F26U", "13031121GHDHFDV6IDK2P", "13031121IH9M8N7LMII40")) {
            StoredTable t = tables.findByYearAndCode(2020, code).orElseThrow();
            assertThat(audit.history(t.id()).get(0).action()).isEqualTo(AuditAction.IMPORT);
            assertThat(audit.history(t.id()).stream().map(AuditEntry::action))
                    .as(code)
                    .doesNotContain(AuditAction.SUBMIT);
        }
    }

    @Test
    void theDemoWorkRunsOnceOnlyOnAFreshDemoDatabase() {
        long rounds = count("select count(*) from workflow_round");
        events.publishEvent(new DemoDataLoaded(0, 42)); // a restart: nothing added
        events.publishEvent(new DemoDataLoaded(42, 42)); // as fresh, but the database has rounds and other tables
        assertThat(count("select count(*) from workflow_round")).isEqualTo(rounds);
    }

    private AuditEntry last(long tableId) {
        List<AuditEntry> history = audit.history(tableId);
        return history.get(history.size() - 1);
    }

    private long count(String sql, Object... args) {
        Long n = jdbc.queryForObject(sql, Long.class, args);
        return n == null ? 0 : n;
    }
}
