package cn.perftarget.ui.cluster;

import java.util.regex.Pattern;
import org.apache.catalina.Context;
import org.apache.catalina.Engine;
import org.apache.catalina.Lifecycle;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * The node's route ({@code perftarget.node.route}, environment {@code PERFTARGET_NODE_ROUTE}, e.g. {@code n1}):
 * Tomcat appends it to every session id it makes ({@code JSESSIONID=…​.n1}, Tomcat's {@code jvmRoute}), also to the
 * new id a sign-in gives the session, so that a load balancer keeps each signed-in session on the node that holds it
 * (docs/nginx/perftarget.conf routes by this suffix). Empty (one node): session ids carry no route.
 */
@Component
class NodeRoute implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    /** What a route may be: a cookie value's suffix that nginx matches literally. */
    private static final Pattern ROUTE = Pattern.compile("[A-Za-z0-9_-]{1,32}");

    private final String route;

    NodeRoute(@Value("${perftarget.node.route:}") String route) {
        String r = route.strip();
        if (!r.isEmpty() && !ROUTE.matcher(r).matches()) {
            throw new IllegalStateException("perftarget.node.route (PERFTARGET_NODE_ROUTE) must be 1 to 32 letters,"
                    + " digits, '-' or '_', not '" + r + "'");
        }
        this.route = r;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        if (!route.isEmpty()) {
            // the engine exists once the context sits in its host, before the context (and its session manager,
            // which reads the engine's route) starts
            factory.addContextLifecycleListeners(event -> {
                if (Lifecycle.BEFORE_START_EVENT.equals(event.getType())
                        && event.getLifecycle() instanceof Context context
                        && context.getParent() != null
                        && context.getParent().getParent() instanceof Engine engine) {
                    engine.setJvmRoute(route);
                }
            });
        }
    }
}
