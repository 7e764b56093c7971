package cn.perftarget.ui.cluster;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * One application node: the real application ({@code cn.perftarget.ui.Application}, ui's main classes and their
 * dependencies — none of ui's test classes or test configuration) in a JVM of its own, configured only through the
 * README's environment variables, on its own port. Its output goes to {@code <name>.log} beside the database.
 */
final class AppNode implements AutoCloseable {

    final String name;
    final int port;
    private final Process process;
    private final Path log;

    private AppNode(String name, int port, Process process, Path log) {
        this.name = name;
        this.port = port;
        this.process = process;
        this.log = log;
    }

    /**
     * Starts a node with these variables (the database's, the keys', …) and {@code PORT}; {@code args} are Spring Boot
     * command-line properties.
     */
    static AppNode start(String name, Path logDir, Map<String, String> env, String... args) throws IOException {
        int port = DebianPostgres.freePort();
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"),
                "-Xmx768m",
                "-Dfile.encoding=UTF-8",
                "-Duser.timezone=Asia/Shanghai",
                "-cp",
                applicationClassPath(),
                "cn.perftarget.ui.Application"));
        command.addAll(Arrays.asList(args));
        Path log = logDir.resolve(name + ".log");
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .directory(new File(System.getProperty("user.dir")));
        builder.environment().putAll(env);
        builder.environment().put("PORT", String.valueOf(port));
        return new AppNode(name, port, builder.start(), log);
    }

    /** The test class path without ui's test classes (and so without its test configuration). */
    private static String applicationClassPath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.endsWith("test-classes") && !entry.endsWith("test-classes/"))
                .collect(Collectors.joining(File.pathSeparator));
    }

    String base() {
        return "http://127.0.0.1:" + port;
    }

    /** Waits until {@code /actuator/health} says UP (database, engine, audit chains checked). */
    AppNode awaitUp(Duration timeout) throws Exception {
        HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long end = System.nanoTime() + timeout.toNanos();
        String last = "";
        while (System.nanoTime() < end) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " stopped (exit " + process.exitValue() + "):\n" + tail());
            }
            try {
                HttpResponse<String> r = client.send(
                        HttpRequest.newBuilder(URI.create(base() + "/actuator/health"))
                                .timeout(Duration.ofSeconds(5))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                last = r.statusCode() + " " + r.body();
                if (r.statusCode() == 200 && r.body().equals("{\"status\":\"UP\"}")) {
                    return this;
                }
            } catch (IOException e) {
                last = e.toString();
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException(name + " not UP after " + timeout + " (" + last + "):\n" + tail());
    }

    String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 80), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    String logText() throws IOException {
        return Files.readString(log);
    }

    /** Stops the node as a service manager would (SIGTERM: a graceful shutdown). */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }
}
