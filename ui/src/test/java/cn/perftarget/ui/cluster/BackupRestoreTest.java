package cn.perftarget.ui.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Backup and restore as the README says ("Backup and restore"): {@code pg_dump -Fc} as the owner role of a running
 * installation with demo work at every step, {@code pg_restore} into a fresh database made with the README's SQL, and
 * the application started on it with the same keys folder (the audit key). Debian's server with its own
 * {@code pg_dump}/{@code pg_restore} (the same major version; the embedded server's binaries ship without them). Not
 * part of {@code ./mvnw verify}: {@code ./mvnw -B -Pcluster -pl ui -am test}.
 */
class BackupRestoreTest {

    private static final Duration START = Duration.ofMinutes(6);
    /** Everyone with an inbox in the demo: drafters and the reviewers of the four departments. */
    private static final List<String> PEOPLE = List.of(
            "bianzhi",
            "lunan",
            "gaoxin",
            "guanwei",
            "bumen",
            "bumen2",
            "bumenlead",
            "caizheng",
            "caizheng2",
            "caizhenglead",
            "bumen-ln",
            "caizheng-ln",
            "bumen-cd",
            "caizheng-cd",
            "bumen-gw",
            "caizheng-gw");

    private static final List<String> TABS = List.of("OPEN", "MINE", "CLAIMABLE", "DONE");

    @Test
    void aRestoredDumpStartsWithEveryChainVerifiedAndTheSameInboxes() throws Exception {
        Optional<Path> bin = DebianPostgres.binaries();
        assumeTrue(bin.isPresent(), "Debian's postgresql is not installed (apt-get install postgresql)");
        Workspace work = new Workspace("restore");
        try (DebianPostgres pg = DebianPostgres.start(bin.get(), work.dir.resolve("db"))) {
            pg.createDatabase("perftarget");
            Map<String, Bearer> tokens = new LinkedHashMap<>();
            Map<String, JsonNode> before = new LinkedHashMap<>();
            Path dump = work.dir.resolve("perftarget.dump");
            long tables;
            try (AppNode original = AppNode.start("original", work.dir, work.nodeEnvironment(pg, "perftarget", "n1"))
                            .awaitUp(START);
                    Connection owner = pg.owner("perftarget")) {
                for (String person : PEOPLE) {
                    tokens.put(person, Bearer.issue(owner, person));
                }
                for (String person : PEOPLE) {
                    for (String tab : TABS) {
                        before.put(person + " " + tab, inbox(tokens.get(person), original, tab));
                    }
                }
                tables = count(owner, "select count(*) from target_table");
                assertThat(tables).as("demo tables").isPositive();
                // online: pg_dump reads one consistent snapshot while the application runs
                pg.dump("perftarget", dump);
            }
            assertThat(Files.size(dump)).isPositive();

            pg.createDatabase("perftarget_restored");
            pg.restore(dump, "perftarget_restored");
            OffsetDateTime restored = OffsetDateTime.now();

            try (AppNode restart = AppNode.start(
                                    "restored", work.dir, work.nodeEnvironment(pg, "perftarget_restored", "n1"))
                            .awaitUp(START);
                    Connection owner = pg.owner("perftarget_restored")) {
                // health is UP, and its audit component is the check this start ran on the restored data
                try (Statement st = owner.createStatement();
                        ResultSet rs = st.executeQuery("""
                                select at, outcome, details from security_event
                                where type = 'AUDIT_CHECK' order by seq desc limit 1""")) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getObject(1, OffsetDateTime.class))
                            .as("the latest check of the chains ran after the restore")
                            .isAfter(restored);
                    assertThat(rs.getString(2)).as(rs.getString(3)).isEqualTo("SUCCESS");
                }
                assertThat(count(owner, "select count(*) from target_table")).isEqualTo(tables);
                for (String person : PEOPLE) {
                    for (String tab : TABS) {
                        assertThat(inbox(tokens.get(person), restart, tab))
                                .as("%s's %s after the restore", person, tab)
                                .isEqualTo(before.get(person + " " + tab));
                    }
                }
            }
            work.delete();
        }
    }

    private static JsonNode inbox(Bearer person, AppNode node, String tab) throws Exception {
        return person.json(node.base(), "/tasks?tab=" + tab + "&limit=500");
    }

    private static long count(Connection c, String sql) throws Exception {
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
