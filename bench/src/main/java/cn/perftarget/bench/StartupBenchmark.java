package cn.perftarget.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The time to start the app, measured honestly: a fresh JVM started by the harness runs the ui module's main class
 * ({@code cn.perftarget.ui.Application}) with the same class path, as {@code spring-boot:run} would, with its
 * embedded database in a new folder: first on the empty folder (initdb, Flyway, the engine's schema, demo data), then
 * again on the same folder (a restart). The time runs from starting the process to Spring Boot's "Started" line; the
 * line's own figures (context, and JVM uptime) are reported too. The process is stopped (SIGTERM) afterwards. The
 * job executor is off, as in every run before the harness had its own module (ui's test configuration was on the
 * class path then); demo mode is on by default with the embedded database.
 */
final class StartupBenchmark {

    private static final Pattern STARTED =
            Pattern.compile("Started Application in ([0-9.]+) seconds \\(process running for ([0-9.]+)\\)");

    /** One start of the app. */
    record Start(String kind, double wallSeconds, double springSeconds, double jvmUptimeSeconds) {}

    List<Start> run() {
        Path dataDir;
        try {
            dataDir = Files.createTempDirectory("perftarget-bench-startup");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        try {
            List<Start> starts = new ArrayList<>();
            starts.add(start("first start (empty data folder)", dataDir));
            starts.add(start("restart (existing data)", dataDir));
            return starts;
        } finally {
            delete(dataDir);
        }
    }

    private Start start(String kind, Path dataDir) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(
                        java,
                        "-Dfile.encoding=UTF-8",
                        "-Xmx1g",
                        "-cp",
                        System.getProperty("java.class.path"),
                        "cn.perftarget.ui.Application",
                        "--server.port=0",
                        "--perftarget.embedded-db.data-dir=" + dataDir.resolve("pg"),
                        "--camunda.bpm.job-execution.enabled=false")
                .redirectErrorStream(true);
        long t0 = System.nanoTime();
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the app: " + e.getMessage(), e);
        }
        try {
            CompletableFuture<Matcher> started = CompletableFuture.supplyAsync(() -> awaitStarted(process));
            Matcher m = started.get(5, TimeUnit.MINUTES);
            double wall = (System.nanoTime() - t0) / 1e9;
            return new Start(kind, Samples.round(wall), Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)));
        } catch (Exception e) {
            throw new IllegalStateException("the app did not start: " + e.getMessage(), e);
        } finally {
            process.destroy();
            try {
                if (!process.waitFor(60, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
        }
    }

    /** Reads the app's output until the "Started" line; keeps draining it afterwards so the app never blocks. */
    private static Matcher awaitStarted(Process process) {
        BufferedReader out =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        List<String> tail = new ArrayList<>();
        try {
            String line;
            while ((line = out.readLine()) != null) {
                Matcher m = STARTED.matcher(line);
                if (m.find()) {
                    Thread drain = new Thread(() -> {
                        try {
                            while (out.readLine() != null) {
                                // discard
                            }
                        } catch (IOException ignored) {
                            // the process ended
                        }
                    });
                    drain.setDaemon(true);
                    drain.start();
                    return m;
                }
                tail.add(line);
                if (tail.size() > 40) {
                    tail.remove(0);
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        throw new IllegalStateException("the app ended without starting:\n" + String.join("\n", tail));
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a leftover temporary folder is harmless
        }
    }
}
