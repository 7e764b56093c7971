package cn.perftarget.ui.cluster;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A throwaway cluster of Debian's PostgreSQL (the server of an installation, not the embedded one) in a temporary
 * folder on a free loopback port with password authentication, as {@code .ci/deploy-test} makes it; its roles and
 * databases are made with the README's SQL ("External PostgreSQL"). Its own {@code pg_dump} and {@code pg_restore}
 * match its server version. As root, the server runs as the user {@code postgres}.
 */
final class DebianPostgres implements AutoCloseable {

    static final String OWNER = "perftarget_owner";
    static final String APP = "perftarget_app";

    private final Path bin;
    private final Path dir;
    private final int port;
    private final String superPassword = secret();
    final String ownerPassword = secret();
    final String appPassword = secret();

    private DebianPostgres(Path bin, Path dir, int port) {
        this.bin = bin;
        this.dir = dir;
        this.port = port;
    }

    /** The newest server binaries under /usr/lib/postgresql, if Debian's postgresql is installed. */
    static Optional<Path> binaries() {
        Path root = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(root)) {
            return Optional.empty();
        }
        try (Stream<Path> versions = Files.list(root)) {
            return versions.map(v -> v.resolve("bin"))
                    .filter(b -> Files.isExecutable(b.resolve("initdb")) && Files.isExecutable(b.resolve("pg_dump")))
                    .max(Comparator.comparing(b -> Integer.parseInt(
                            b.getParent().getFileName().toString().replaceAll("\\D", "0"))));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Starts a fresh server in {@code dir} and creates the owner and application roles (README). */
    static DebianPostgres start(Path bin, Path dir) throws Exception {
        DebianPostgres pg = new DebianPostgres(bin, dir, freePort());
        pg.initAndStart();
        return pg;
    }

    private void initAndStart() throws Exception {
        Files.createDirectories(dir);
        dir.toFile().setWritable(true, false);
        dir.toFile().setExecutable(true, false);
        dir.toFile().setReadable(true, false);
        Path pw = dir.resolve("superuser.pw");
        Files.writeString(pw, superPassword + "\n");
        pw.toFile().setReadable(true, false);
        if (root()) {
            run(List.of("chown", "postgres", dir.toString(), pw.toString()), Map.of());
        }
        asPostgres(
                bin.resolve("initdb").toString(),
                "-D",
                dir.resolve("pg").toString(),
                "-U",
                "postgres",
                "--auth=scram-sha-256",
                "--pwfile=" + pw,
                "--encoding=UTF8",
                "--locale=C.UTF-8");
        asPostgres(
                bin.resolve("pg_ctl").toString(),
                "-D",
                dir.resolve("pg").toString(),
                "-l",
                dir.resolve("postgresql.log").toString(),
                "-w",
                "-o",
                "-p " + port + " -c listen_addresses=127.0.0.1 -c unix_socket_directories=" + dir
                        + " -c max_connections=200",
                "start");
        try (Connection c = connect("postgres", "postgres", superPassword);
                Statement st = c.createStatement()) {
            st.execute("CREATE ROLE " + OWNER + " LOGIN PASSWORD '" + ownerPassword + "'");
            st.execute("CREATE ROLE " + APP + " LOGIN PASSWORD '" + appPassword + "'");
        }
    }

    /** A new empty database as the README creates it: owned by the owner role, only CONNECT and USAGE for the app. */
    void createDatabase(String name) throws SQLException {
        try (Connection c = connect("postgres", "postgres", superPassword);
                Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE " + name + " OWNER " + OWNER + " ENCODING 'UTF8' TEMPLATE template0");
            st.execute("REVOKE ALL ON DATABASE " + name + " FROM PUBLIC");
            st.execute("GRANT CONNECT ON DATABASE " + name + " TO " + APP);
        }
        try (Connection c = connect(name, "postgres", superPassword);
                Statement st = c.createStatement()) {
            st.execute("ALTER SCHEMA public OWNER TO " + OWNER);
            st.execute("REVOKE ALL ON SCHEMA public FROM PUBLIC");
            st.execute("GRANT USAGE ON SCHEMA public TO " + APP);
        }
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    /** A connection as the owner role (the test's supported way to move a timer's due date, as an operator would). */
    Connection owner(String database) throws SQLException {
        return connect(database, OWNER, ownerPassword);
    }

    /** The environment of an application node on {@code database}: the README's variables. */
    Map<String, String> environment(String database) {
        return Map.of(
                "DB_URL", jdbcUrl(database),
                "DB_USER", APP,
                "DB_PASSWORD", appPassword,
                "DB_OWNER_USER", OWNER,
                "DB_OWNER_PASSWORD", ownerPassword);
    }

    /** README, "Backup and restore": {@code pg_dump -Fc} as the owner role. */
    void dump(String database, Path file) throws Exception {
        run(
                List.of(
                        bin.resolve("pg_dump").toString(),
                        "-Fc",
                        "-h",
                        "127.0.0.1",
                        "-p",
                        String.valueOf(port),
                        "-U",
                        OWNER,
                        "-f",
                        file.toString(),
                        database),
                Map.of("PGPASSWORD", ownerPassword));
    }

    /** README, "Backup and restore": {@code pg_restore} as the owner role into a database made as the README says. */
    void restore(Path file, String database) throws Exception {
        Map<String, String> env = Map.of("PGPASSWORD", ownerPassword);
        List<String> connection = List.of("-h", "127.0.0.1", "-p", String.valueOf(port), "-U", OWNER);
        List<String> restore = new ArrayList<>(List.of(bin.resolve("pg_restore").toString()));
        restore.addAll(connection);
        restore.addAll(
                List.of("--no-owner", "--exit-on-error", "--single-transaction", "-d", database, file.toString()));
        run(restore, env);
        List<String> analyze = new ArrayList<>(List.of(bin.resolve("vacuumdb").toString()));
        analyze.addAll(connection);
        analyze.addAll(List.of("--analyze-only", "-d", database));
        run(analyze, env);
    }

    String version() throws Exception {
        try (Connection c = connect("postgres", "postgres", superPassword);
                Statement st = c.createStatement();
                var rs = st.executeQuery("show server_version")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private Connection connect(String database, String user, String password) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database), user, password);
    }

    @Override
    public void close() throws Exception {
        if (Files.exists(dir.resolve("pg/postmaster.pid"))) {
            asPostgres(
                    bin.resolve("pg_ctl").toString(), "-D", dir.resolve("pg").toString(), "-m", "fast", "-w", "stop");
        }
    }

    private void asPostgres(String... command) throws Exception {
        List<String> full = new ArrayList<>();
        if (root()) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(List.of(command));
        run(full, Map.of());
    }

    private void run(List<String> command, Map<String, String> env) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(env);
        builder.directory(dir.toFile());
        Process p = builder.start();
        String out = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(5, TimeUnit.MINUTES) || p.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed:\n" + out);
        }
    }

    private static boolean root() {
        return "root".equals(System.getProperty("user.name"));
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static String secret() {
        byte[] b = new byte[16];
        new SecureRandom().nextBytes(b);
        return HexFormat.of().formatHex(b);
    }
}
