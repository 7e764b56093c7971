package cn.perftarget.domain.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * One embedded PostgreSQL server per JVM, shared by every Spring context of that JVM (tests start many).
 * Reference counted: the server stops when the last context using it closes. No JVM shutdown hook of its own.
 * <p>
 * The server has three roles with generated passwords ({@link EmbeddedCredentials}) and asks every connection for
 * its password ({@link EmbeddedRoles}); the databases the contexts use belong to the owner role. A kept data folder
 * runs with {@code fsync} and synchronous commits on; a temporary one (tests) without, for speed. A server of a kept
 * data folder left running by a killed application is stopped before the new one starts ({@link OrphanedServer}).
 */
final class EmbeddedPostgresServer {

    private static @Nullable EmbeddedPostgres server;
    private static @Nullable EmbeddedCredentials credentials;
    private static String serverDir = "";
    private static @Nullable Path temporaryRoot;
    private static int users;
    private static int databases;

    private EmbeddedPostgresServer() {}

    /** Starts (or reuses) the server; a blank dataDir means a fresh temporary folder. */
    static synchronized EmbeddedPostgres acquire(String dataDir, int port) {
        EmbeddedPostgres running = server;
        if (running == null) {
            try {
                boolean temporary = dataDir == null || dataDir.isBlank();
                Path root = temporary ? Files.createTempDirectory("perftarget-pg") : null;
                Path dir = root != null
                        ? root.resolve("pg")
                        : Files.createDirectories(Path.of(dataDir).toAbsolutePath());
                if (!temporary) {
                    // a server of this folder left running by a killed application: stop it first
                    OrphanedServer.stopIfRunning(dir, Duration.ofSeconds(60));
                }
                Path credentialsFile = EmbeddedCredentials.fileOf(dir);
                if (!Files.exists(credentialsFile) && EmbeddedRoles.asksForPasswords(dir)) {
                    throw new IllegalStateException("the embedded database in " + dir + " asks for passwords, but "
                            + credentialsFile + " that holds them is gone: restore it, or delete the data folder");
                }
                EmbeddedCredentials creds = EmbeddedCredentials.loadOrCreate(credentialsFile);
                EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                        .setDataDirectory(dir)
                        .setCleanDataDirectory(temporary)
                        .setRegisterShutdownHook(false)
                        .setPGStartupWait(Duration.ofSeconds(60))
                        // zonky's own connections (its readiness check, getPostgresDatabase) as the superuser
                        .setConnectConfig("password", creds.superuser())
                        .setServerConfig("max_connections", "300")
                        // zonky starts the server with -F (no fsync) and synchronous commits off; a kept data folder
                        // must not lose a commit, nor its files, on a crash (-c after -F wins)
                        .setServerConfig("fsync", temporary ? "off" : "on")
                        .setServerConfig("synchronous_commit", temporary ? "off" : "on")
                        .setLocaleConfig("encoding", "UTF8");
                if (port > 0) {
                    builder.setPort(port);
                }
                running = builder.start();
                DataSource superuser = running.getPostgresDatabase();
                EmbeddedRoles.ensure(superuser, creds);
                if (!temporary) {
                    // the app keeps its data in the database postgres of its own server
                    EmbeddedRoles.handOver(superuser, "postgres");
                }
                EmbeddedRoles.requirePasswords(superuser, dir);
                server = running;
                credentials = creds;
                serverDir = dir.toString();
                temporaryRoot = root;
            } catch (IOException e) {
                throw new UncheckedIOException("embedded PostgreSQL failed to start", e);
            }
        }
        users++;
        return running;
    }

    /**
     * The database a new context uses: {@code postgres} for a kept data folder (the app); in a temporary server
     * (tests) a fresh database per context, so that contexts sharing the server never see each other's rows. Either
     * belongs to the owner role.
     */
    static synchronized String newDatabase() {
        if (temporaryRoot == null) {
            return "postgres";
        }
        String name = "context_" + (++databases);
        try (Connection c = running().getPostgresDatabase().getConnection();
                Statement st = c.createStatement()) {
            st.execute("create database " + name + " owner " + EmbeddedCredentials.OWNER);
        } catch (SQLException e) {
            throw new IllegalStateException("embedded PostgreSQL cannot create database " + name, e);
        }
        return name;
    }

    static synchronized String dataDirectory() {
        return serverDir;
    }

    static synchronized EmbeddedCredentials credentials() {
        EmbeddedCredentials c = credentials;
        if (c == null) {
            throw new IllegalStateException("embedded PostgreSQL is not running");
        }
        return c;
    }

    /** A connection source as {@code user} with {@code password} to {@code database} of the running server. */
    static synchronized DataSource dataSource(String user, String password, String database) {
        return running().getDatabase(user, database, Map.of("password", password));
    }

    static synchronized void release() {
        users--;
        EmbeddedPostgres running = server;
        if (users <= 0 && running != null) {
            Path root = temporaryRoot;
            try {
                running.close();
                if (root != null) {
                    deleteTree(root);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                server = null;
                credentials = null;
                temporaryRoot = null;
                users = 0;
            }
        }
    }

    private static EmbeddedPostgres running() {
        EmbeddedPostgres running = server;
        if (running == null) {
            throw new IllegalStateException("embedded PostgreSQL is not running");
        }
        return running;
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
