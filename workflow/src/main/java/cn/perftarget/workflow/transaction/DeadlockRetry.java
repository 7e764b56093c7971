package cn.perftarget.workflow.transaction;

import java.util.concurrent.ThreadLocalRandom;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.ProxyMethodInvocation;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs a service call again — its whole transaction — when PostgreSQL ended that transaction as the loser of a
 * deadlock (SQL state {@code 40P01}) or of a serialization conflict ({@code 40001}): two transactions that change
 * counters of the same units in another order (the overview's and the coverage's, kept by triggers) can deadlock, and
 * the user should not see an error for what a second try does. Nothing of the failed try was committed. At most
 * {@link #ATTEMPTS} tries, a short random pause between them; only a call that opens the transaction is retried (one
 * that joins an outer transaction cannot: the outer one is aborted, and its own opener retries it).
 */
final class DeadlockRetry implements MethodInterceptor {

    static final int ATTEMPTS = 3;

    private static final Logger LOG = LoggerFactory.getLogger(DeadlockRetry.class);

    @Override
    public @Nullable Object invoke(MethodInvocation invocation) throws Throwable {
        if (TransactionSynchronizationManager.isActualTransactionActive()
                || !(invocation instanceof ProxyMethodInvocation proxied)) {
            return invocation.proceed();
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return proxied.invocableClone().proceed();
            } catch (RuntimeException e) {
                String state = TransactionConflicts.state(e);
                if (state == null || attempt >= ATTEMPTS) {
                    throw e;
                }
                LOG.info(
                        "{}.{}: transaction ended by PostgreSQL ({}), try {} of {}",
                        invocation.getMethod().getDeclaringClass().getSimpleName(),
                        invocation.getMethod().getName(),
                        state,
                        attempt + 1,
                        ATTEMPTS);
                Thread.sleep(ThreadLocalRandom.current().nextLong(10, 50) * attempt);
            }
        }
    }
}
