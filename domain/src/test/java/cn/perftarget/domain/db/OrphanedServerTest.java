package cn.perftarget.domain.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * After {@code kill -9} of the application, its embedded PostgreSQL keeps running on the kept data folder; the next
 * start stops that orphan — and only a server of that folder — and comes up with the data committed before the crash
 * (the server runs with fsync on). Each application is a JVM of its own ({@link EmbeddedServerChild}).
 */
class OrphanedServerTest {

    @Test
    void afterTheApplicationIsKilledTheNextStartStopsItsOrphanedServerAndKeepsTheData(@TempDir Path tmp)
            throws Exception {
        Path dir = tmp.resolve("pg");
        try {
            Process first = child(dir, "write", "before-the-crash");
            List<String> firstOutput = new ArrayList<>();
            assertThat(readUntil(first, "READY", firstOutput))
                    .as("first start: %s", firstOutput)
                    .isTrue();

            first.destroyForcibly(); // SIGKILL: the JVM cannot stop its server
            first.waitFor(30, TimeUnit.SECONDS);
            Optional<ProcessHandle> orphan = OrphanedServer.find(dir);
            assertThat(orphan).as("the server outlives the killed application").isPresent();

            Process second = child(dir, "read");
            List<String> secondOutput = new ArrayList<>();
            assertThat(readUntil(second, "STOPPED", secondOutput))
                    .as("second start: %s", secondOutput)
                    .isTrue();
            assertThat(second.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(second.exitValue()).isZero();
            assertThat(secondOutput).contains("MARKERS before-the-crash");
            assertThat(orphan.get().isAlive()).as("the orphan was stopped").isFalse();
            assertThat(OrphanedServer.find(dir)).isEmpty();
        } finally {
            OrphanedServer.find(dir).ifPresent(ProcessHandle::destroy);
        }
    }

    @Test
    void aLockFileOfAnotherFolderOrOfAProcessThatIsNoPostgresIsLeftAlone(@TempDir Path tmp) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("pg"));
        long self = ProcessHandle.current().pid(); // alive, and a java process
        Files.writeString(dir.resolve("postmaster.pid"), self + "\n" + tmp.resolve("elsewhere") + "\n");
        assertThat(OrphanedServer.find(dir)).as("another folder's lock").isEmpty();

        Files.writeString(dir.resolve("postmaster.pid"), self + "\n" + dir + "\n");
        assertThat(OrphanedServer.find(dir))
                .as("a process that is no PostgreSQL")
                .isEmpty();

        Files.writeString(dir.resolve("postmaster.pid"), "not a pid\n" + dir + "\n");
        assertThat(OrphanedServer.find(dir))
                .as("a lock file PostgreSQL did not write")
                .isEmpty();
        assertThat(ProcessHandle.current().isAlive()).isTrue();
    }

    private static Process child(Path dir, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"),
                "-cp",
                System.getProperty("java.class.path"),
                EmbeddedServerChild.class.getName(),
                dir.toString()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    /** Reads the child's output until a line starts with {@code expected} (true) or the output ends (false). */
    private static boolean readUntil(Process process, String expected, List<String> lines) throws IOException {
        BufferedReader out =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = out.readLine()) != null) {
            lines.add(line);
            if (line.startsWith(expected)) {
                return true;
            }
        }
        return false;
    }
}
