package cn.perftarget.workflow.support;

import javax.sql.DataSource;
import net.ttddyy.dsproxy.support.ProxyDataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Tests only: the application's DataSource wrapped by datasource-proxy, so a test can count the statements a call
 * sends ({@link StatementCounter}). Every workflow test context has it, so they stay one cached context.
 */
@Configuration(proxyBeanMethods = false)
class StatementCountingConfiguration {

    @Bean
    static BeanPostProcessor statementCountingDataSource() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof DataSource dataSource && !(bean instanceof ProxyDataSource)) {
                    return ProxyDataSourceBuilder.create(dataSource)
                            .name(beanName)
                            .listener(new StatementCounter())
                            .build();
                }
                return bean;
            }
        };
    }
}
