package cn.perftarget.ui.faults;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The application in a JVM of its own (as {@code OrphanedServerTest} starts its child: this JVM's java and class
 * path), on a kept data folder and fixed ports, with its output in a log file. The test configuration of the class
 * path is overridden by arguments: the data folder is kept, the job executor runs, the API's rate limit is out of
 * the way of the load.
 */
final class AppProcess {

    final int port;
    final int databasePort;
    final Path dataFolder;
    private final Path log;
    private Process process;

    private AppProcess(Path dataFolder, int port, int databasePort, Path log, Process process) {
        this.dataFolder = dataFolder;
        this.port = port;
        this.databasePort = databasePort;
        this.log = log;
        this.process = process;
    }

    static AppProcess start(Path dataFolder, int port, int databasePort, Path log) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"),
                "-Xmx768m",
                "-Dfile.encoding=UTF-8",
                "-Duser.timezone=Asia/Shanghai",
                "-cp",
                System.getProperty("java.class.path"),
                "cn.perftarget.ui.Application",
                "--server.port=" + port,
                "--server.address=127.0.0.1",
                "--perftarget.embedded-db.data-dir=" + dataFolder.resolve("pg"),
                "--perftarget.embedded-db.port=" + databasePort,
                "--perftarget.keys.dir=" + dataFolder.resolve("keys"),
                "--perftarget.demo.enabled=true",
                "--camunda.bpm.job-execution.enabled=true",
                "--perftarget.api.rate.burst=100000",
                "--perftarget.api.rate.per-second=100000"));
        Files.createDirectories(log.getParent());
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        return new AppProcess(dataFolder, port, databasePort, log, process);
    }

    /** Waits until {@code /actuator/health} answers UP. */
    void awaitUp(Duration timeout) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the application ended with " + process.exitValue() + "; see " + log);
            }
            try {
                HttpResponse<String> health = http.send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                                .timeout(Duration.ofSeconds(10))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200 && health.body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException("the application was not UP within " + timeout + "; see " + log);
    }

    /** {@code kill -9}: the JVM gets no chance to stop anything, its embedded PostgreSQL keeps running. */
    void killHard() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(60, TimeUnit.SECONDS);
    }

    /** A normal stop (SIGTERM: Spring's shutdown, which stops the embedded server). */
    void stop() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(90, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(30, TimeUnit.SECONDS);
            }
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
