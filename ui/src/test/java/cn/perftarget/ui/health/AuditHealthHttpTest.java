package cn.perftarget.ui.health;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perftarget.domain.db.EmbeddedDatabase;
import cn.perftarget.domain.integrity.IntegrityCheck;
import cn.perftarget.domain.integrity.Tampering;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * {@code /actuator/health} over HTTP reports the audit chains: UP on an intact database; DOWN naming the table's chain
 * after an entry was changed, an entry removed, the table's whole history removed (entries and head) or the history
 * re-hashed without the key — each done as the owner of the tables, behind the application's back, then the next
 * check; UP again once it is put back. A context and database of its own, so that no other test sees it DOWN.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = "perftarget.test.own-context=AuditHealthHttpTest")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class AuditHealthHttpTest {

    @Autowired
    TestRestTemplate http;

    @Autowired
    IntegrityCheck check;

    @Autowired
    EmbeddedDatabase db;

    @Autowired
    JdbcTemplate jdbc;

    static Stream<Arguments> tamperings() {
        return Stream.of(
                Arguments.of("a changed entry", (TamperingCase) (t, table) -> t.changeEntry(table, 1)),
                Arguments.of("a removed entry", (TamperingCase) (t, table) -> t.removeEntry(table, 1)),
                Arguments.of("a history removed whole", (TamperingCase) Tampering::removeChain),
                Arguments.of("a history re-hashed without the key", (TamperingCase) Tampering::reHashWithoutKey));
    }

    /** One way of tampering with a table's chain; returns how to put it back. */
    interface TamperingCase {
        Runnable apply(Tampering tampering, long table);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tamperings")
    void tamperingTurnsTheAuditComponentDownNamingTheChain(String what, TamperingCase tampering) throws Exception {
        check.run();
        assertThat(audit().path("status").asText()).isEqualTo("UP");
        assertThat(health().path("status").asText()).isEqualTo("UP");
        long table = aDemoTable();

        Runnable restore = tampering.apply(new Tampering(db), table);
        try {
            check.run();
            JsonNode health = health();
            assertThat(health.path("status").asText()).isEqualTo("DOWN");
            assertThat(health.path("components").path("audit").path("status").asText())
                    .isEqualTo("DOWN");
            assertThat(health.path("components")
                            .path("audit")
                            .path("details")
                            .path("brokenChains")
                            .toString())
                    .contains("table:" + table);
        } finally {
            restore.run();
        }

        check.run();
        assertThat(audit().path("status").asText()).isEqualTo("UP");
    }

    private long aDemoTable() {
        Long id = jdbc.queryForObject(
                "select min(table_id) from audit_head h where exists (select 1 from audit_anchor_head a"
                        + " where a.table_id = h.table_id)",
                Long.class);
        assertThat(id).as("an anchored table of the demo data").isNotNull();
        return id;
    }

    private JsonNode audit() throws Exception {
        return health().path("components").path("audit");
    }

    private JsonNode health() throws Exception {
        String body = http.getForEntity("/actuator/health", String.class).getBody();
        return new ObjectMapper().readTree(body);
    }
}
