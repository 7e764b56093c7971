package cn.perftarget.domain.db;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;

/**
 * The passwords of the embedded server's three roles — the superuser {@code postgres}, the owner that runs the
 * migrations and the application role — generated once and kept in a file readable by its owner only, next to the
 * server's data directory ({@code pg.credentials} beside {@code pg/}).
 */
record EmbeddedCredentials(Path file, String superuser, String owner, String application) {

    static final String SUPERUSER = "postgres";
    static final String OWNER = "perftarget_owner";
    static final String APPLICATION = "perftarget_app";

    private static final SecureRandom RANDOM = new SecureRandom();

    /** The file of the passwords of the server whose data directory is {@code dataDirectory}. */
    static Path fileOf(Path dataDirectory) {
        return dataDirectory.resolveSibling(dataDirectory.getFileName() + ".credentials");
    }

    /** The passwords in {@code file}, generated and written (owner-only) when the file does not exist. */
    static EmbeddedCredentials loadOrCreate(Path file) {
        try {
            if (Files.exists(file)) {
                Properties p = new Properties();
                p.load(new StringReader(Files.readString(file)));
                return new EmbeddedCredentials(
                        file, required(p, file, SUPERUSER), required(p, file, OWNER), required(p, file, APPLICATION));
            }
            EmbeddedCredentials fresh = new EmbeddedCredentials(file, password(), password(), password());
            fresh.write();
            return fresh;
        } catch (IOException e) {
            throw new UncheckedIOException("the embedded database's credentials " + file + " cannot be read", e);
        }
    }

    private void write() throws IOException {
        Properties p = new Properties();
        p.setProperty(SUPERUSER, superuser);
        p.setProperty(OWNER, owner);
        p.setProperty(APPLICATION, application);
        StringWriter text = new StringWriter();
        p.store(text, "passwords of the embedded PostgreSQL's roles; delete together with the data folder");
        Files.createDirectories(file.getParent());
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system (Windows): the folder's own permissions apply
            Files.createFile(file);
        } catch (FileAlreadyExistsException e) {
            throw new IllegalStateException("another process created " + file + " at the same time", e);
        }
        Files.writeString(file, text.toString());
    }

    private static String required(Properties p, Path file, String role) {
        String value = p.getProperty(role);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("no password of role " + role + " in " + file);
        }
        return value;
    }

    /** 24 random bytes, URL-safe Base64: nothing to quote in SQL or in a connection string */
    private static String password() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
