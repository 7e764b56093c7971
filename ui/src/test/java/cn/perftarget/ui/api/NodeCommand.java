package cn.perftarget.ui.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs an npm or npx command in a directory and returns its exit code and output (stdout and stderr). */
final class NodeCommand {

    /** Outcome of a finished command; the output has no colour codes. */
    record Result(int exitCode, String output) {}

    /** The command could not be started at all: Node.js or npm is not installed. */
    static final class NotInstalled extends RuntimeException {
        NotInstalled(String command, IOException cause) {
            super(command + " could not be started", cause);
        }
    }

    private static final boolean WINDOWS = System.getProperty("os.name", "").startsWith("Windows");

    private NodeCommand() {}

    static Result run(Path directory, Duration timeout, String tool, String... arguments) {
        List<String> command = new ArrayList<>();
        command.add(WINDOWS ? tool + ".cmd" : tool);
        command.addAll(List.of(arguments));
        Path output = null;
        try {
            output = Files.createTempFile("node-command", ".log");
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(directory.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(output.toFile());
            builder.environment().put("NO_COLOR", "1");
            builder.environment().put("FORCE_COLOR", "0");
            builder.environment().put("npm_config_update_notifier", "false");
            builder.environment().put("npm_config_fund", "false");
            builder.environment().put("npm_config_audit", "false");
            Process process = start(builder, String.join(" ", command));
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                return new Result(
                        -1, String.join(" ", command) + " did not finish within " + timeout + "\n" + read(output));
            }
            return new Result(process.exitValue(), read(output));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + command, e);
        } finally {
            deleteQuietly(output);
        }
    }

    private static Process start(ProcessBuilder builder, String command) {
        try {
            return builder.start();
        } catch (IOException e) {
            throw new NotInstalled(command, e);
        }
    }

    private static String read(Path output) throws IOException {
        return Files.readString(output, StandardCharsets.UTF_8).replaceAll("\u001B\\[[0-9;]*m", "");
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a temporary file left behind does no harm
        }
    }
}
