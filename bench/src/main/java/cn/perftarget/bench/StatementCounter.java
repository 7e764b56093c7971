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

    /** What a piece of code returned and the statements it sent. */
    record Counted<T>(T value, List<String> statements) {

        int count() {
            return statements.size();
        }
    }

    static <T> Counted<T> count(Supplier<T> body) {
        List<String> statements = new ArrayList<>();
        RECORDED.set(statements);
        try {
            T value = body.get();
            return new Counted<>(value, List.copyOf(statements));
        } finally {
            RECORDED.remove();
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
    public void beforeQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {}

    @Override
    public void afterQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
        List<String> statements = RECORDED.get();
        if (statements != null) {
            queryInfoList.forEach(q -> statements.add(q.getQuery()));
        }
    }
}
