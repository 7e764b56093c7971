package cn.perftarget.ui.faults;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perftarget.bpmn.ApprovalVariables;
import cn.perftarget.domain.audit.AuditAction;
import cn.perftarget.domain.db.EmbeddedDatabase;
import cn.perftarget.domain.table.TableStatus;
import cn.perftarget.domain.table.TargetTable;
import cn.perftarget.domain.table.TargetTableRepository;
import cn.perftarget.domain.user.AppUser;
import cn.perftarget.workflow.access.Accounts;
import cn.perftarget.workflow.approval.ApprovalService;
import cn.perftarget.workflow.error.UnavailableException;
import cn.perftarget.workflow.read.TableReadService;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Date;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The database killed (SIGKILL to the postmaster) and started again under the running application, which is not
 * restarted: {@code /actuator/health} goes DOWN while it is away and UP again once it is back (the pool reconnects by
 * itself); a service call meanwhile is refused as {@link UnavailableException} (数据库暂时不可用) and changes nothing;
 * afterwards actions work again and the job executor, which kept polling, runs a due review timer. Runs in the
 * profile {@code faults} (README).
 */
@Tag("faults")
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"camunda.bpm.job-execution.enabled=true", "spring.datasource.hikari.connection-timeout=3000"})
class DatabaseRestartHttpTest {

    private static final AtomicInteger CODES = new AtomicInteger();

    @Autowired
    TestRestTemplate http;

    @Autowired
    EmbeddedDatabase db;

    @Autowired
    ApprovalService approvals;

    @Autowired
    TableReadService reads;

    @Autowired
    Accounts accounts;

    @Autowired
    TaskService taskService;

    @Autowired
    TargetTableRepository tables;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void healthGoesDownAndComesBackUpWhenTheDatabaseRestarts() throws Exception {
        AppUser drafter = accounts.find("bianzhi").orElseThrow();
        awaitHealth("UP", Duration.ofSeconds(120));
        long before = approvals.create(drafter, content()).tableId();

        Postmaster postmaster = Postmaster.of(Path.of(db.dataDirectory()));
        postmaster.kill();
        try {
            ResponseEntity<String> down = awaitHealth("DOWN", Duration.ofSeconds(60));
            assertThat(down.getStatusCode().value()).isEqualTo(503);

            // a user's action meanwhile: a typed refusal, in Chinese, and nothing done
            try {
                approvals.submit(drafter, before);
                throw new AssertionError("the submission cannot have been made without a database");
            } catch (UnavailableException e) {
                assertThat(e.getMessage()).startsWith("数据库暂时不可用，请稍后重试");
            }
        } finally {
            postmaster.restart();
        }

        awaitHealth("UP", Duration.ofSeconds(120));
        assertThat(reads.table(drafter, before).status())
                .as("the refused submission changed nothing")
                .isEqualTo(TableStatus.DRAFTING);

        // the same application goes on: an action, then a review timer run by the job executor
        approvals.submit(drafter, before);
        Task review = taskService
                .createTaskQuery()
                .processVariableValueEquals(ApprovalVariables.TABLE_ID, before)
                .singleResult();
        ClockUtil.setCurrentTime(new Date(review.getDueDate().getTime() + 60_000));
        await(
                () -> lastAction(before).equals(AuditAction.REMIND.name()),
                Duration.ofSeconds(90),
                "the job executor runs the due reminder after the restart");
    }

    private String lastAction(long tableId) {
        return jdbc.queryForObject(
                "select action from audit_entry where table_id = ? order by seq desc limit 1", String.class, tableId);
    }

    /** A copy of a seed table of the demo drafter's unit (442001, 2020) with a project code of its own. */
    private TargetTable content() {
        TargetTable seed = tables.findByYearAndCode(2020, "1303112121B0RMI62LEAT")
                .orElseThrow()
                .content();
        return new TargetTable(
                "13031121DB" + System.currentTimeMillis() % 1_000_000 + "N" + CODES.incrementAndGet(),
                seed.projectName(),
                seed.unitCode(),
                seed.unitName(),
                seed.fiscalYear(),
                seed.budget(),
                seed.fiscalFunds(),
                seed.otherFunds(),
                seed.fundPurpose(),
                seed.plan(),
                seed.goals(),
                seed.indicators());
    }

    private ResponseEntity<String> awaitHealth(String status, Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        ResponseEntity<String> last;
        do {
            last = http.getForEntity("/actuator/health", String.class);
            if (String.valueOf(last.getBody()).contains("\"status\":\"" + status + "\"")) {
                return last;
            }
            Thread.sleep(500);
        } while (System.nanoTime() < end);
        throw new AssertionError("health did not become " + status + " within " + timeout + ": " + last);
    }

    private static void await(BooleanSupplier condition, Duration timeout, String what) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            if (condition.getAsBoolean()) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError(what + ": not within " + timeout);
    }
}
