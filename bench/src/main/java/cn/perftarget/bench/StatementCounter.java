package cn.perftarget.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Counts the SQL statements the current thread sends while counting is on: the application's DataSource (which the
 * engine uses too) is wrapped when the benchmark context starts, so that connections taken while counting come
 * through datasource-proxy and all others straight from the pool — measurements other than the counts pay nothing.
 * A JDBC batch counts as one statement.
 */
final class StatementCounter implements QueryExecutionListener {

    private static final ThreadLocal<List<String>> RECORDED = new ThreadLocal<>();
    /** The time spent in {@code Connection.commit} while counting (the disk flush of a durable database). */
    private static final ThreadLocal<double[]> COMMIT_MILLIS = new ThreadLocal<>();
    /** When the statement or method call under way started (nanoTime). */
    private static final ThreadLocal<Long> STARTED = ThreadLocal.withInitial(() -> 0L);

    /**
     * What a piece of code returned and the statements it sent, each prefixed with its time as the driver saw it
     * ("0.42 ms · select …"), and the time its commits took.
     */
    record Counted<T>(T value, List<String> statements, double commitMillis) {

        int count() {
            return statements.size();
        }
    }

    static <T> Counted<T> count(Supplier<T> body) {
        List<String> statements = new ArrayList<>();
        double[] commits = new double[1];
        RECORDED.set(statements);
        COMMIT_MILLIS.set(commits);
        try {
            T value = body.get();
            return new Counted<>(value, List.copyOf(statements), commits[0]);
        } finally {
            RECORDED.remove();
            COMMIT_MILLIS.remove();
        }
    }

    /** Registers the wrapping of the DataSource in a context before it is refreshed. */
    static ApplicationContextInitializer<ConfigurableApplicationContext> initializer() {
        return context -> context.getBeanFactory().addBeanPostProcessor(new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof DataSource dataSource && !(bean instanceof ProxyDataSource)) {
                    DataSource counted = ProxyDataSourceBuilder.create(dataSource)
                            .name(beanName)
                            .listener(new StatementCounter())
                            .beforeMethod(call -> STARTED.set(System.nanoTime()))
                            .afterMethod(call -> {
                                double[] commits = COMMIT_MILLIS.get();
                                if (commits != null
                                        && "commit".equals(call.getMethod().getName())) {
                                    commits[0] += (System.nanoTime() - STARTED.get()) / 1e6;
                                }
                            })
                            .build();
                    return new DelegatingDataSource(dataSource) {
                        @Override
                        public Connection getConnection() throws SQLException {
                            return RECORDED.get() != null ? counted.getConnection() : super.getConnection();
                        }

                        // Spring Boot derives the owner's DataSource of the migrations from the pool it unwraps
                        // (DataSourceBuilder.derivedFrom): give it the pool, not this wrapper
                        @Override
                        public <T> T unwrap(Class<T> type) throws SQLException {
                            return type == DataSource.class ? type.cast(dataSource) : super.unwrap(type);
                        }
                    };
                }
                return bean;
            }
        });
    }

    @Override
    public void beforeQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
        STARTED.set(System.nanoTime());
    }

    @Override
    public void afterQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
        List<String> statements = RECORDED.get();
        if (statements != null) {
            String millis =
                    String.format(java.util.Locale.ROOT, "%.2f ms · ", (System.nanoTime() - STARTED.get()) / 1e6);
            queryInfoList.forEach(q -> statements.add(millis + q.getQuery()));
        }
    }
}
