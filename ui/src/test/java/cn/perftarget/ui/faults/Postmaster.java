package cn.perftarget.ui.faults;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The embedded PostgreSQL server of a data folder, killed and started again behind the application's back — as an
 * operator's restart, a crash of the database host or a fail-over would do to an external database: SIGKILL to the
 * postmaster (its backends follow it), then the same command line again on the same folder and port.
 */
public final class Postmaster {

    private final Path dataDirectory;
    private final List<String> commandLine;
    private final ProcessHandle process;
    private Process restarted;

    private Postmaster(Path dataDirectory, List<String> commandLine, ProcessHandle process) {
        this.dataDirectory = dataDirectory;
        this.commandLine = commandLine;
        this.process = process;
    }

    /** The server running on {@code dataDirectory}, found by its lock file. */
    public static Postmaster of(Path dataDirectory) throws IOException {
        long pid = Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid"))
                .get(0)
                .strip());
        ProcessHandle handle = ProcessHandle.of(pid)
                .orElseThrow(() -> new IllegalStateException("no postmaster " + pid + " for " + dataDirectory));
        List<String> command = new ArrayList<>();
        command.add(handle.info().command().orElseThrow());
        command.addAll(List.of(handle.info().arguments().orElseThrow()));
        return new Postmaster(dataDirectory, command, handle);
    }

    /** SIGKILL to the postmaster; returns once it and every backend of it are gone. */
    public void kill() throws InterruptedException {
        // a test's temporary server commits asynchronously (synchronous_commit off, unlike a kept data folder): its
        // WAL writer writes a commit within 3 × wal_writer_delay (600 ms); a commit younger than that would be lost
        Thread.sleep(1500);
        List<ProcessHandle> backends = process.children().toList();
        process.destroyForcibly();
        waitFor(process, Duration.ofSeconds(30));
        for (ProcessHandle backend : backends) {
            // a backend notices its postmaster's death at its next wait; an idle one may need a nudge
            if (!waitFor(backend, Duration.ofSeconds(10))) {
                backend.destroyForcibly();
                waitFor(backend, Duration.ofSeconds(10));
            }
        }
    }

    /** Starts the server again on the same folder, port and settings (crash recovery from its WAL). */
    public void restart() throws IOException {
        Path log = Files.createTempFile("postmaster-restart", ".log");
        List<String> command = new ArrayList<>();
        if ("root".equals(System.getProperty("user.name"))) {
            // PostgreSQL refuses to run as root: like zonky, in a user namespace of its own where it is not root
            command.addAll(List.of("unshare", "-U"));
        }
        command.addAll(commandLine);
        restarted = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        Process server = restarted;
        // a safety net should the test's JVM end without the application's shutdown (which stops it by its folder)
        Runtime.getRuntime().addShutdownHook(new Thread(server::destroy));
    }

    /** Stops a server this class restarted (the test's end), unless the application's own shutdown already did. */
    public void stopRestarted() throws InterruptedException {
        if (restarted != null && restarted.isAlive()) {
            restarted.destroy(); // SIGTERM: PostgreSQL's smart shutdown
            if (!restarted.waitFor(30, TimeUnit.SECONDS)) {
                restarted.destroyForcibly();
            }
        }
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    private static boolean waitFor(ProcessHandle handle, Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (handle.isAlive() && System.nanoTime() < end) {
            Thread.sleep(50);
        }
        return !handle.isAlive();
    }
}
