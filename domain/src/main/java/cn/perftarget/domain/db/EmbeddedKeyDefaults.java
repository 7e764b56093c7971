package cn.perftarget.domain.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.ClassUtils;

/**
 * Where the secret keys ({@code KeyFiles}) live with the embedded database, as defaults that any setting overrides:
 * they are generated when missing ({@code perftarget.keys.generate}), in the data folder beside the database
 * ({@code keys/} next to {@code pg/}); with a temporary database (tests) in a temporary folder of the JVM, deleted when
 * it exits. An external database gets no defaults: its keys must be configured.
 */
public class EmbeddedKeyDefaults implements EnvironmentPostProcessor {

    private static final String ZONKY = "io.zonky.test.db.postgres.embedded.EmbeddedPostgres";
    private static @Nullable Path temporaryKeys;

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String url = environment.getProperty("spring.datasource.url", "");
        if (!url.isBlank() || !ClassUtils.isPresent(ZONKY, application.getClassLoader())) {
            return;
        }
        Map<String, Object> defaults = new HashMap<>();
        defaults.put("perftarget.keys.generate", "true");
        String dataDir = environment.getProperty("perftarget.embedded-db.data-dir", "");
        Path keys = dataDir.isBlank()
                ? temporaryKeys()
                : Path.of(dataDir).toAbsolutePath().resolveSibling("keys");
        defaults.put("perftarget.keys.dir", keys.toString());
        environment.getPropertySources().addLast(new MapPropertySource("perftarget-embedded-key-defaults", defaults));
    }

    /** One temporary folder of keys per JVM, as temporary as its databases. */
    private static synchronized Path temporaryKeys() {
        Path dir = temporaryKeys;
        if (dir == null) {
            try {
                Path created = Files.createTempDirectory("perftarget-keys");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(created), "perftarget-keys-cleanup"));
                temporaryKeys = created;
                dir = created;
            } catch (IOException e) {
                throw new UncheckedIOException("no temporary folder for the keys", e);
            }
        }
        return dir;
    }

    private static void delete(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a temporary folder: the system cleans it up eventually
        }
    }
}
