package cn.perftarget.ui.api.auth;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perftarget.domain.user.AppUser;
import cn.perftarget.ui.api.ApiPrincipal;
import cn.perftarget.workflow.access.Accounts;
import cn.perftarget.workflow.apiclient.IdempotencyKeys;
import cn.perftarget.workflow.apiclient.TokenOwner;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * An idempotent POST whose transaction PostgreSQL ends as the loser of a deadlock is run again as a whole by the
 * idempotency filter: the failed try's writes are gone, the caller gets the second try's answer, and a retry of the
 * call replays it. A call that loses three times gets 503 "busy" with Retry-After, and its key is given up.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class IdempotencyFilterTest {

    @Autowired
    IdempotencyKeys keys;

    @Autowired
    Accounts accounts;

    @Autowired
    ObjectMapper json;

    @Autowired
    JdbcTemplate jdbc;

    private IdempotencyFilter filter;
    private AppUser user;

    @BeforeEach
    void signIn() {
        filter = new IdempotencyFilter(keys, new ProblemResponses(json));
        user = accounts.find("bumen").orElseThrow();
        SecurityContextHolder.getContext()
                .setAuthentication(new ApiPrincipal(user, new TokenOwner(0, user.id(), user.username(), null, null)));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aCallThatLosesADeadlockRunsAgainAndItsFirstTryLeavesNothing() throws Exception {
        String key = UUID.randomUUID().toString();
        String mark = "死锁" + key.substring(0, 4);
        AtomicInteger tries = new AtomicInteger();
        FilterChain chain = (request, response) -> {
            int attempt = tries.incrementAndGet();
            jdbc.update("update app_user set display_name = display_name || ? where id = ?", mark, user.id());
            if (attempt == 1) {
                throw deadlock();
            }
            response.setContentType("application/json");
            response.getWriter().write("{\"try\":" + attempt + "}");
        };
        String before = displayName();

        MockHttpServletResponse first = post(key, chain);

        assertThat(first.getStatus()).isEqualTo(200);
        assertThat(first.getContentAsString()).isEqualTo("{\"try\":2}");
        assertThat(tries).hasValue(2);
        assertThat(displayName()).as("the lost try's write rolled back").isEqualTo(before + mark);

        MockHttpServletResponse retry = post(key, chain);
        assertThat(retry.getContentAsString()).isEqualTo("{\"try\":2}");
        assertThat(retry.getHeader("Idempotent-Replayed")).isEqualTo("true");
        assertThat(tries).as("the retry is answered, not run").hasValue(2);
        jdbc.update("update app_user set display_name = ? where id = ?", before, user.id());
    }

    @Test
    void aCallThatLosesThreeTimesIsBusyAndItsKeyIsGivenUp() throws Exception {
        String key = UUID.randomUUID().toString();
        AtomicInteger tries = new AtomicInteger();
        FilterChain alwaysDeadlocks = (request, response) -> {
            tries.incrementAndGet();
            throw deadlock();
        };

        MockHttpServletResponse busy = post(key, alwaysDeadlocks);

        assertThat(busy.getStatus()).isEqualTo(503);
        assertThat(busy.getHeader("Retry-After")).isEqualTo("1");
        assertThat(busy.getContentType()).startsWith("application/problem+json");
        assertThat(busy.getContentAsString(StandardCharsets.UTF_8)).contains("\"code\":\"busy\"", "系统繁忙");
        assertThat(tries).hasValue(3);
        assertThat(keys.claim(user.id(), key, "0".repeat(64)))
                .as("given up: the same key may run again")
                .isInstanceOf(IdempotencyKeys.Fresh.class);
    }

    private MockHttpServletResponse post(String key, FilterChain chain) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/tables/1/submit");
        request.addHeader("Idempotency-Key", key);
        request.setContent(new byte[0]);
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, chain);
        return response;
    }

    private String displayName() {
        return jdbc.queryForObject("select display_name from app_user where id = ?", String.class, user.id());
    }

    /** What the servlet gives back when a service's transaction lost a deadlock (SQL state 40P01). */
    private static ServletException deadlock() {
        return new ServletException(
                new CannotAcquireLockException("deadlock", new SQLException("ERROR: deadlock detected", "40P01")));
    }
}
