package cn.perftarget.workflow.process;

import java.util.function.Supplier;

/**
 * Marks the current thread as running an action of the approval service. The engine guard refuses to start the
 * approval process or to assign, complete or delete its tasks outside such a call (e.g. from Camunda Tasklist or the
 * REST API), because only the service keeps the table status and the audit history in step with the process.
 */
public final class ServiceCall {

    private static final ThreadLocal<Boolean> ACTIVE = new ThreadLocal<>();

    private ServiceCall() {}

    public static <T> T run(Supplier<T> action) {
        if (Boolean.TRUE.equals(ACTIVE.get())) {
            return action.get();
        }
        ACTIVE.set(Boolean.TRUE);
        try {
            return action.get();
        } finally {
            ACTIVE.remove();
        }
    }

    public static boolean isActive() {
        return Boolean.TRUE.equals(ACTIVE.get());
    }
}
