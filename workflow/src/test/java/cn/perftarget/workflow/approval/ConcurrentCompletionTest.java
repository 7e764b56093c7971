package cn.perftarget.workflow.approval;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perftarget.domain.audit.AuditAction;
import cn.perftarget.domain.table.TableStatus;
import cn.perftarget.domain.user.AppUser;
import cn.perftarget.workflow.WorkflowTestSupport;
import cn.perftarget.workflow.error.ConflictException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.RepeatedTest;

/** Two reviewers completing the same task at the same moment: one wins, the other is told, one audit entry. */
class ConcurrentCompletionTest extends WorkflowTestSupport {

    @RepeatedTest(3)
    void oneSucceedsTheOtherGetsAClearConflict() throws Exception {
        long id = submitted(user("bianzhi"));
        String review = taskId(id);
        AppUser bumen = user("bumen");
        AppUser bumen2 = user("bumen2");
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<ActionResult>> futures = new ArrayList<>();
            futures.add(pool.submit(at(start, () -> approvals.pass(bumen, review, "通过"))));
            futures.add(pool.submit(at(start, () -> approvals.returnToUnit(bumen2, review, "退回修改"))));
            start.countDown();

            List<ActionResult> successes = new ArrayList<>();
            List<Throwable> failures = new ArrayList<>();
            for (Future<ActionResult> f : futures) {
                try {
                    successes.add(f.get(60, TimeUnit.SECONDS));
                } catch (ExecutionException e) {
                    failures.add(e.getCause());
                }
            }

            assertThat(successes).hasSize(1);
            assertThat(failures).hasSize(1);
            assertThat(failures.get(0)).isInstanceOf(ConflictException.class).hasMessage("该任务已被他人处理");
            List<AuditAction> reviews = actions(id).stream()
                    .filter(a -> a == AuditAction.PASS || a == AuditAction.RETURN)
                    .toList();
            assertThat(reviews).hasSize(1);
            assertThat(reviews.get(0)).isEqualTo(successes.get(0).action());
            TableStatus expected =
                    successes.get(0).action() == AuditAction.PASS ? TableStatus.FISCAL_REVIEW : TableStatus.DRAFTING;
            assertThat(status(id)).isEqualTo(expected);
        } finally {
            pool.shutdownNow();
        }
    }

    private static Callable<ActionResult> at(CountDownLatch start, Callable<ActionResult> action) {
        return () -> {
            start.await();
            return action.call();
        };
    }
}
