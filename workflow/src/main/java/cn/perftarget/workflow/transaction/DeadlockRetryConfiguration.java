package cn.perftarget.workflow.transaction;

import org.springframework.aop.Advisor;
import org.springframework.aop.support.ComposablePointcut;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link DeadlockRetry} around every {@link Transactional} method of the application's beans, outside the
 * transaction advice (it runs first, so each try is a transaction of its own).
 */
@Configuration(proxyBeanMethods = false)
class DeadlockRetryConfiguration {

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor deadlockRetryAdvisor() {
        ComposablePointcut transactional = new ComposablePointcut(
                        AnnotationMatchingPointcut.forClassAnnotation(Transactional.class))
                .union(AnnotationMatchingPointcut.forMethodAnnotation(Transactional.class));
        ComposablePointcut ours =
                transactional.intersection((Class<?> type) -> type.getName().startsWith("cn.perftarget."));
        DefaultPointcutAdvisor advisor = new DefaultPointcutAdvisor(ours, new DeadlockRetry());
        advisor.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return advisor;
    }
}
