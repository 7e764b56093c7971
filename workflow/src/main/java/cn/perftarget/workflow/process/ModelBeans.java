package cn.perftarget.workflow.process;

import java.util.AbstractMap;
import java.util.LinkedHashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContext;

/**
 * The Spring beans the process models may name in their expressions — the two timer delegates and the fiscal routing, nothing else. By
 * default Camunda's Spring integration lets an expression reach every bean of the application (a model deployed with
 * {@code ${approvalService}} or a data source in it could do anything); the expression manager built on this map
 * resolves only these names. Looked up when first used, so the engine can be built before the beans exist.
 */
final class ModelBeans extends AbstractMap<Object, Object> {

    private final ApplicationContext context;
    private final Set<String> names;

    ModelBeans(ApplicationContext context, Set<String> names) {
        this.context = context;
        this.names = Set.copyOf(names);
    }

    @Override
    public boolean containsKey(Object name) {
        return name instanceof String n && names.contains(n) && context.containsBean(n);
    }

    @Override
    public @Nullable Object get(Object name) {
        return containsKey(name) ? context.getBean((String) name) : null;
    }

    @Override
    public Set<Entry<Object, Object>> entrySet() {
        Set<Entry<Object, Object>> entries = new LinkedHashSet<>();
        for (String n : names) {
            if (context.containsBean(n)) {
                entries.add(new SimpleImmutableEntry<>(n, context.getBean(n)));
            }
        }
        return entries;
    }
}
