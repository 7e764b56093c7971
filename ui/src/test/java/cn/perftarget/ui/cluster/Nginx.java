package cn.perftarget.ui.cluster;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Debian's nginx on loopback with the committed production configuration ({@code docs/nginx/perftarget.conf}), changed
 * only where a test on one machine must: the two nodes' addresses, the listening addresses, and plain HTTP instead of
 * TLS (the certificate lines dropped).
 */
final class Nginx implements AutoCloseable {

    static final Path BINARY = Path.of("/usr/sbin/nginx");
    /** The committed configuration, from ui's folder (the tests' working directory). */
    static final Path CONFIGURATION = Path.of("../docs/nginx/perftarget.conf");

    final int port;
    private final Process process;
    private final Path dir;

    private Nginx(int port, Process process, Path dir) {
        this.port = port;
        this.process = process;
        this.dir = dir;
    }

    static boolean installed() {
        return Files.isExecutable(BINARY);
    }

    static Nginx start(Path dir, AppNode n1, AppNode n2) throws Exception {
        Files.createDirectories(dir.resolve("temp"));
        dir.resolve("temp").toFile().setWritable(true, false);
        int port = DebianPostgres.freePort();
        int redirectPort = DebianPostgres.freePort();
        String site = Files.readAllLines(CONFIGURATION).stream()
                .filter(line -> !line.strip().startsWith("ssl_"))
                .map(line -> line.replace("10.0.0.11:8080", "127.0.0.1:" + n1.port)
                        .replace("10.0.0.12:8080", "127.0.0.1:" + n2.port)
                        .replace("listen 443 ssl;", "listen 127.0.0.1:" + port + ";")
                        .replace("listen 80;", "listen 127.0.0.1:" + redirectPort + ";"))
                .collect(Collectors.joining("\n"));
        Files.writeString(dir.resolve("perftarget.conf"), site);
        String temp = dir.resolve("temp").toString();
        Files.writeString(dir.resolve("nginx.conf"), """
                daemon off;
                worker_processes 1;
                pid %1$s/nginx.pid;
                error_log %1$s/error.log info;
                events { worker_connections 256; }
                http {
                    access_log %1$s/access.log;
                    client_body_temp_path %2$s/body;
                    proxy_temp_path %2$s/proxy;
                    fastcgi_temp_path %2$s/fastcgi;
                    uwsgi_temp_path %2$s/uwsgi;
                    scgi_temp_path %2$s/scgi;
                    include %1$s/perftarget.conf;
                }
                """.formatted(dir, temp));
        Process test = new ProcessBuilder(List.of(
                        BINARY.toString(),
                        "-t",
                        "-p",
                        dir.toString(),
                        "-c",
                        dir.resolve("nginx.conf").toString()))
                .redirectErrorStream(true)
                .start();
        String checked = new String(test.getInputStream().readAllBytes());
        if (!test.waitFor(30, TimeUnit.SECONDS) || test.exitValue() != 0) {
            throw new IllegalStateException("nginx -t refuses the configuration:\n" + checked);
        }
        Process process = new ProcessBuilder(List.of(
                        BINARY.toString(),
                        "-p",
                        dir.toString(),
                        "-c",
                        dir.resolve("nginx.conf").toString()))
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("nginx.out").toFile())
                .start();
        Nginx nginx = new Nginx(port, process, dir);
        nginx.awaitListening();
        return nginx;
    }

    String base() {
        return "http://127.0.0.1:" + port;
    }

    private void awaitListening() throws Exception {
        for (int i = 0; i < 100; i++) {
            if (!process.isAlive()) {
                throw new IllegalStateException("nginx stopped:\n" + log());
            }
            try (java.net.Socket s = new java.net.Socket("127.0.0.1", port)) {
                return;
            } catch (IOException e) {
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("nginx does not listen:\n" + log());
    }

    String log() throws IOException {
        Path error = dir.resolve("error.log");
        return Files.exists(error) ? Files.readString(error) : "";
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy(); // SIGTERM: nginx stops at once
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
