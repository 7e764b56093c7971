package cn.perftarget.workflow.support;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;

/** Records the SQL statements the current thread sends to the database while counting is on. */
public final class StatementCounter implements QueryExecutionListener {

    private static final ThreadLocal<List<String>> RECORDED = new ThreadLocal<>();

    /** What a piece of code returned and the statements it sent. */
    public record Counted<T>(T value, List<String> statements) {

        public int count() {
            return statements.size();
        }
    }

    public static <T> Counted<T> count(Supplier<T> body) {
        List<String> statements = new ArrayList<>();
        RECORDED.set(statements);
        try {
            T value = body.get();
            return new Counted<>(value, List.copyOf(statements));
        } finally {
            RECORDED.remove();
        }
    }

    @Override
    public void beforeQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {}

    @Override
    public void afterQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
        List<String> statements = RECORDED.get();
        if (statements != null) {
            queryInfoList.forEach(q -> statements.add(q.getQuery()));
        }
    }
}
