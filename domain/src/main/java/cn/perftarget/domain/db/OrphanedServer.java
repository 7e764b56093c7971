package cn.perftarget.domain.db;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server left running on a kept data folder by an application that was killed ({@code kill -9}, a
 * crash, a closed terminal): the server is a process of its own and survives its JVM, and a new start would fail on
 * its lock file ({@code postmaster.pid already exists}). Before the embedded server starts, such an orphan is stopped
 * — only a server of this very folder: the lock file must name the folder and its process must be a PostgreSQL
 * server. A lock file whose process is gone is left to PostgreSQL, which removes it itself.
 */
final class OrphanedServer {

    private static final Logger log = LoggerFactory.getLogger(OrphanedServer.class);

    private OrphanedServer() {}

    /** Stops the server the lock file of {@code dataDir} names, if it still runs; waits until it has stopped. */
    static void stopIfRunning(Path dataDir, Duration patience) {
        Optional<ProcessHandle> orphan = find(dataDir);
        if (orphan.isEmpty()) {
            return;
        }
        ProcessHandle server = orphan.get();
        log.warn(
                "the embedded PostgreSQL of {} still runs (pid {}) after the application that started it ended; "
                        + "stopping it before starting again",
                dataDir,
                server.pid());
        // SIGTERM: PostgreSQL's smart shutdown — its clients died with the application; then SIGINT (fast)
        server.destroy();
        if (!waitFor(server, patience.dividedBy(3))) {
            signal(server, "INT");
            if (!waitFor(server, patience)) {
                throw new IllegalStateException("the embedded PostgreSQL of " + dataDir + " (pid " + server.pid()
                        + ") left running by an earlier start does not stop; stop it, then start again");
            }
        }
        log.info("the orphaned embedded PostgreSQL of {} stopped", dataDir);
    }

    /** The running PostgreSQL server that holds the lock of {@code dataDir}, if any. */
    static Optional<ProcessHandle> find(Path dataDir) {
        Path lock = dataDir.resolve("postmaster.pid");
        if (!Files.isRegularFile(lock)) {
            return Optional.empty();
        }
        try {
            List<String> lines = Files.readAllLines(lock, StandardCharsets.UTF_8);
            if (lines.size() < 2 || !sameFolder(Path.of(lines.get(1).strip()), dataDir)) {
                return Optional.empty();
            }
            long pid = Long.parseLong(lines.get(0).strip());
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).filter(OrphanedServer::isPostgres);
        } catch (IOException | NumberFormatException e) {
            return Optional.empty(); // not a lock file PostgreSQL wrote: PostgreSQL itself will judge it
        }
    }

    private static boolean sameFolder(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
        }
    }

    /** The process runs PostgreSQL's server binary (and is not, say, another program that got the pid since). */
    private static boolean isPostgres(ProcessHandle process) {
        Optional<String> command = process.info().command();
        if (command.isPresent()) {
            return Path.of(command.get()).getFileName().toString().startsWith("postgres");
        }
        try {
            String cmdline = Files.readString(Path.of("/proc", String.valueOf(process.pid()), "cmdline"));
            return cmdline.contains("postgres");
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean waitFor(ProcessHandle process, Duration patience) {
        Instant until = Instant.now().plus(patience);
        while (process.isAlive() && Instant.now().isBefore(until)) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return !process.isAlive();
    }

    private static void signal(ProcessHandle process, String signal) {
        try {
            new ProcessBuilder("kill", "-" + signal, String.valueOf(process.pid()))
                    .redirectErrorStream(true)
                    .start()
                    .waitFor();
        } catch (IOException e) {
            log.warn("kill -{} {} failed: {}", signal, process.pid(), e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
