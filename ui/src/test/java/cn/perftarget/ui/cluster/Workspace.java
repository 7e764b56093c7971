package cn.perftarget.ui.cluster;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A temporary folder for one test class (the database, the key folder, the nodes' logs; readable by the user
 * postgres, which runs the server) and the keys every node shares: {@code audit.key} (the audit chains) and
 * {@code totp.key} (the second factors), in {@code PERFTARGET_KEYS_DIR} as README describes.
 */
final class Workspace implements AutoCloseable {

    final Path dir;
    final Path keys;

    Workspace(String name) throws IOException {
        dir = Files.createTempDirectory("perftarget-" + name + "-");
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        keys = Files.createDirectories(dir.resolve("keys"));
        Files.setPosixFilePermissions(keys, PosixFilePermissions.fromString("rwx------"));
        for (String key : new String[] {"audit", "totp"}) {
            byte[] bytes = new byte[32];
            new SecureRandom().nextBytes(bytes);
            Path file = keys.resolve(key + ".key");
            Files.writeString(file, Base64.getEncoder().encodeToString(bytes));
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
    }

    /** A node's environment on {@code database}: the README's variables, these keys, demo mode on. */
    Map<String, String> nodeEnvironment(DebianPostgres pg, String database, String route) {
        Map<String, String> env = new HashMap<>(pg.environment(database));
        env.put("PERFTARGET_KEYS_DIR", keys.toString());
        env.put("PERFTARGET_DEMO_ENABLED", "true");
        env.put("PERFTARGET_NODE_ROUTE", route);
        // nginx on loopback is the trusted proxy (docs/security.md)
        env.put("PERFTARGET_TRUSTED_PROXIES", "127\\.0\\.0\\.1");
        return env;
    }

    /** Deleted when the tests passed; kept (with the nodes' logs) for a look when one failed. */
    void delete() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    @Override
    public void close() throws IOException {
        delete();
    }
}
