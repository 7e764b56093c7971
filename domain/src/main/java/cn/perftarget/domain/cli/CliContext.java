package cn.perftarget.domain.cli;

import cn.perftarget.domain.i18n.Message;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Where a command writes and how it finds its input files.
 *
 * <p>A relative path is resolved against the directory the user ran the command in (the JVM's working
 * directory; {@code mvn exec:java} runs in-process, so that is where {@code ./mvnw} was started, also with
 * {@code -pl domain}). When it is not found there, the module directory is tried, so that module-relative
 * paths work too.
 *
 * @param workingDirectory where the user ran the command
 * @param moduleDirectory  the module directory given by the build (system property {@value #MODULE_DIR}), or null
 */
public record CliContext(
        PrintStream out,
        PrintStream err,
        Path workingDirectory,
        @Nullable Path moduleDirectory) {

    public static final String MODULE_DIR = "perftarget.cli.moduleDir";

    /**
     * The context of a real run: the standard streams, writing UTF-8 whatever the platform encoding (the
     * outer stream encodes, the inner one passes the bytes on), and the JVM's working directory.
     */
    public static CliContext system() {
        String module = System.getProperty(MODULE_DIR);
        return new CliContext(
                new PrintStream(System.out, true, StandardCharsets.UTF_8),
                new PrintStream(System.err, true, StandardCharsets.UTF_8),
                Path.of(System.getProperty("user.dir")).toAbsolutePath(),
                module == null || module.isBlank() ? null : Path.of(module).toAbsolutePath());
    }

    /** The file named by a command-line argument. */
    public Path resolve(String argument) throws CliException {
        Path given = Path.of(argument);
        if (given.isAbsolute()) {
            return given;
        }
        List<Path> candidates = new ArrayList<>();
        candidates.add(workingDirectory.resolve(given).normalize());
        if (moduleDirectory != null) {
            candidates.add(moduleDirectory.resolve(given).normalize());
        }
        for (Path p : candidates) {
            if (Files.exists(p)) {
                return p;
            }
        }
        return candidates.get(0);
    }

    /** The whole file as UTF-8 text; a missing, unreadable or non-UTF-8 file is a {@link CliException}. */
    public String readUtf8(String argument) throws CliException {
        Path path = resolve(argument);
        if (Files.isDirectory(path)) {
            throw new CliException(Message.of("cli.error.directory", path.toString()));
        }
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new CliException(Message.of("cli.error.noFile", path.toString()), e);
        } catch (CharacterCodingException e) {
            throw new CliException(Message.of("cli.error.notUtf8", path.toString()), e);
        } catch (IOException e) {
            throw new CliException(
                    Message.of("cli.error.unreadable", path.toString(), String.valueOf(e.getMessage())), e);
        }
    }
}
