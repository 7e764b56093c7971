package cn.perftarget.workflow.support;

import cn.perftarget.workflow.approval.ActionRecord;
import cn.perftarget.workflow.approval.ApprovalObserver;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Tests only: an observer that fails the next action on an armed table, after the engine step, the table update and
 * the audit entry — inside the action's transaction.
 */
@Component
public class InjectedFailure implements ApprovalObserver {

    public static final String MESSAGE = "injected failure after the engine step";

    private final Set<Long> armed = ConcurrentHashMap.newKeySet();

    public void arm(long tableId) {
        armed.add(tableId);
    }

    public void disarm(long tableId) {
        armed.remove(tableId);
    }

    @Override
    public void afterAction(ActionRecord record) {
        if (armed.contains(record.after().id())) {
            throw new IllegalStateException(MESSAGE);
        }
    }
}
