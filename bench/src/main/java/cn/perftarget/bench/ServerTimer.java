package cn.perftarget.bench;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import java.io.IOException;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;

/**
 * The API benchmark's view from inside the server: the outermost servlet filter, on {@code /api/v1/*}, keeps how long
 * the last request spent in the servlet container's filter chain (every filter, the API's security chain with the
 * token, the rate limit and the idempotency key, Spring MVC, the service, JSON), and counts the requests. The
 * benchmark's client makes one call at a time on one connection and reads it after each answer: the time it waited
 * beyond this is HTTP itself (the connection, the client, Tomcat's threads).
 */
final class ServerTimer implements Filter {

    private static volatile long lastNanos;
    private static final java.util.concurrent.atomic.AtomicLong completed =
            new java.util.concurrent.atomic.AtomicLong();

    /**
     * The server time of the {@code n}-th request (counted from 1) once it has left the filter: the answer can reach
     * the client a moment before (Spring MVC flushes the JSON), so this waits for the filter to finish.
     */
    static long nanosOf(long n) {
        long until = System.nanoTime() + 1_000_000_000L;
        while (completed.get() < n && System.nanoTime() < until) {
            Thread.onSpinWait();
        }
        return lastNanos;
    }

    static ApplicationContextInitializer<ConfigurableApplicationContext> initializer() {
        return context -> {
            FilterRegistrationBean<ServerTimer> registration = new FilterRegistrationBean<>(new ServerTimer());
            registration.addUrlPatterns("/api/v1/*");
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
            context.getBeanFactory().registerSingleton("benchServerTimer", registration);
        };
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long t0 = System.nanoTime();
        try {
            chain.doFilter(request, response);
        } finally {
            lastNanos = System.nanoTime() - t0;
            completed.incrementAndGet();
        }
    }
}
