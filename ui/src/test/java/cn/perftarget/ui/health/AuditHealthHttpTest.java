package cn.perftarget.ui.health;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perftarget.domain.audit.AuditAction;
import cn.perftarget.domain.audit.AuditEvent;
import cn.perftarget.domain.audit.AuditLog;
import cn.perftarget.domain.db.EmbeddedDatabase;
import cn.perftarget.domain.integrity.IntegrityCheck;
import cn.perftarget.domain.integrity.Tampering;
import cn.perftarget.domain.table.SeedLikeTables;
import cn.perftarget.domain.table.TargetTableRepository;
import cn.perftarget.domain.table.TestOrganisations;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code /actuator/health} over HTTP reports the audit chains: UP on an intact database; DOWN naming the table's chain
 * after an entry was changed, an entry removed, the table's whole history removed (entries and head) or the history
 * re-hashed without the key — each done as the owner of the tables, behind the application's back, then the next
 * check; UP again once it is put back (in the shared context: a second context with a process engine named
 * {@code default} would unregister the shared one's from the webapps when it closes).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AuditHealthHttpTest {

    @Autowired
    TestRestTemplate http;

    @Autowired
    IntegrityCheck check;

    @Autowired
    EmbeddedDatabase db;

    @Autowired
    TargetTableRepository tables;

    @Autowired
    AuditLog audit;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    HealthEndpoint healthEndpoint;

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
        long table = tableWithHistory();
        check.run(); // anchors it
        assertThat(audit().path("status").asText()).isEqualTo("UP");

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

    /** A table of its own with three entries, so that no other test's table is touched. */
    private long tableWithHistory() {
        long unit = TestOrganisations.newUnit(jdbc);
        long id = tx.execute(s -> tables.insert(unit, 2025, SeedLikeTables.uniquelyCoded(SeedLikeTables.printing())))
                .id();
        for (int i = 1; i <= 3; i++) {
            String comment = "第" + i + "步";
            tx.executeWithoutResult(s -> audit.append(AuditEvent.of(id, "d1", "DRAFTER", AuditAction.EDIT, comment)));
        }
        return id;
    }

    private JsonNode audit() throws Exception {
        return health().path("components").path("audit");
    }

    /**
     * The health with its details, as an operator gets it ({@code /actuator/health} shows anyone else only the status:
     * checked here to agree with it).
     */
    private JsonNode health() throws Exception {
        JsonNode detailed = new ObjectMapper().valueToTree(healthEndpoint.health());
        JsonNode anonymous = new ObjectMapper()
                .readTree(http.getForEntity("/actuator/health", String.class).getBody());
        assertThat(anonymous.size())
                .as("only the status for anyone: %s", anonymous)
                .isEqualTo(1);
        assertThat(anonymous.path("status").asText())
                .isEqualTo(detailed.path("status").asText());
        return detailed;
    }
}
