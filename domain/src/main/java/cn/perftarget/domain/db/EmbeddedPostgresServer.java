package cn.perftarget.domain.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * One embedded PostgreSQL server per JVM, shared by every Spring context of that JVM (tests start many).
 * Reference counted: the server stops when the last context using it closes. No JVM shutdown hook of its own.
 */
final class EmbeddedPostgresServer {

    private static @Nullable EmbeddedPostgres server;
    private static String serverDir = "";
    private static boolean temporaryServer;
    private static int users;
    private static int databases;

    private EmbeddedPostgresServer() {}

    /** Starts (or reuses) the server; a blank dataDir means a fresh temporary folder. */
    static synchronized EmbeddedPostgres acquire(String dataDir, int port) {
        EmbeddedPostgres running = server;
        if (running == null) {
            try {
                boolean temporary = dataDir == null || dataDir.isBlank();
                Path dir = temporary
                        ? Files.createTempDirectory("perftarget-pg")
                        : Files.createDirectories(Path.of(dataDir).toAbsolutePath());
                EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                        .setDataDirectory(dir)
                        .setCleanDataDirectory(temporary)
                        .setRegisterShutdownHook(false)
                        .setPGStartupWait(Duration.ofSeconds(60))
                        .setServerConfig("max_connections", "300")
                        // zonky turns synchronous commits off; a kept data folder must not lose a commit on a crash
                        .setServerConfig("synchronous_commit", temporary ? "off" : "on")
                        .setLocaleConfig("encoding", "UTF8");
                if (port > 0) {
                    builder.setPort(port);
                }
                running = builder.start();
                server = running;
                serverDir = dir.toString();
                temporaryServer = temporary;
            } catch (IOException e) {
                throw new UncheckedIOException("embedded PostgreSQL failed to start", e);
            }
        }
        users++;
        return running;
    }

    /**
     * The database a new context uses: {@code postgres} for a kept data folder (the app); in a temporary server
     * (tests) a fresh database per context, so that contexts sharing the server never see each other's rows.
     */
    static synchronized String newDatabase() {
        if (!temporaryServer) {
            return "postgres";
        }
        EmbeddedPostgres running = server;
        if (running == null) {
            throw new IllegalStateException("embedded PostgreSQL is not running");
        }
        String name = "context_" + (++databases);
        try (java.sql.Connection c = running.getPostgresDatabase().getConnection();
                java.sql.Statement st = c.createStatement()) {
            st.execute("create database " + name);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("embedded PostgreSQL cannot create database " + name, e);
        }
        return name;
    }

    static synchronized String dataDirectory() {
        return serverDir;
    }

    static synchronized void release() {
        users--;
        EmbeddedPostgres running = server;
        if (users <= 0 && running != null) {
            try {
                running.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                server = null;
                users = 0;
            }
        }
    }
}
