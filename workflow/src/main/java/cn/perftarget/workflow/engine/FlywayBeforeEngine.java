package cn.perftarget.workflow.engine;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.stereotype.Component;

/**
 * Our Flyway migrations run before the process engine creates its tables: otherwise Flyway finds Camunda's
 * tables in a non-empty schema and refuses to baseline.
 */
@Component
class FlywayBeforeEngine implements BeanFactoryPostProcessor {

    private static final String FLYWAY = "flywayInitializer";
    private static final String[] ENGINE_BEANS = {"processEngineConfigurationImpl", "processEngineFactoryBean"};

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) throws BeansException {
        if (!beanFactory.containsBeanDefinition(FLYWAY)) {
            return;
        }
        for (String name : ENGINE_BEANS) {
            if (beanFactory.containsBeanDefinition(name)) {
                BeanDefinition def = beanFactory.getBeanDefinition(name);
                Set<String> deps = new LinkedHashSet<>();
                if (def.getDependsOn() != null) {
                    deps.addAll(Arrays.asList(def.getDependsOn()));
                }
                deps.add(FLYWAY);
                def.setDependsOn(deps.toArray(String[]::new));
            }
        }
    }
}
