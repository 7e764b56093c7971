package cn.perftarget.domain.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The secret keys the system keeps outside its database — the key of the audit chains (HMAC), the key that seals the
 * second factors' secrets — so that whoever can write the database cannot forge them. A key named {@code audit} is
 * read from the property {@code perftarget.keys.audit} (Base64; environment {@code PERFTARGET_KEYS_AUDIT}), else from
 * the file {@code audit.key} in {@code perftarget.keys.dir}. With {@code perftarget.keys.generate} (on for the
 * embedded database) a missing key file is created with 32 random bytes, readable by its owner only.
 */
@Component
public class KeyFiles {

    private static final int KEY_BYTES = 32;
    /** The property of a key, by its name. */
    private static final String PROPERTY = "perftarget.keys.%s";

    private final Environment environment;
    private final String dir;
    private final boolean generate;

    public KeyFiles(
            Environment environment,
            @Value("${perftarget.keys.dir:${PERFTARGET_DATA:./data}/keys}") String dir,
            @Value("${perftarget.keys.generate:false}") boolean generate) {
        this.environment = environment;
        this.dir = dir;
        this.generate = generate;
    }

    /** The key of that name; a missing key refuses to start what needs it, with how to provide it. */
    public byte[] key(String name) {
        return find(name)
                .orElseThrow(() -> new IllegalStateException("no key '" + name + "': set " + PROPERTY.formatted(name)
                        + " (Base64, at least " + KEY_BYTES + " bytes) or put " + name + ".key in " + dir));
    }

    public Optional<byte[]> find(String name) {
        String inline = environment.getProperty(PROPERTY.formatted(name));
        if (inline != null && !inline.isBlank()) {
            return Optional.of(checked(name, Base64.getDecoder().decode(inline.strip())));
        }
        Path file = Path.of(dir, name + ".key");
        try {
            if (Files.exists(file)) {
                return Optional.of(checked(
                        name, Base64.getDecoder().decode(Files.readString(file).strip())));
            }
            if (!generate) {
                return Optional.empty();
            }
            Path keys = Path.of(dir);
            if (!Files.isDirectory(keys)) {
                Files.createDirectories(keys);
                ownerOnly(keys, "rwx------");
            }
            byte[] key = new byte[KEY_BYTES];
            new SecureRandom().nextBytes(key);
            // created owner-only before the key is written into it: never readable by others, not even for a moment
            try {
                Files.createFile(
                        file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException e) {
                Files.createFile(file);
            }
            Files.writeString(file, Base64.getEncoder().encodeToString(key));
            return Optional.of(key);
        } catch (IOException e) {
            throw new UncheckedIOException("key file " + file + " cannot be read or written", e);
        }
    }

    private static byte[] checked(String name, byte[] key) {
        if (key.length < KEY_BYTES) {
            throw new IllegalStateException("key '" + name + "' is shorter than " + KEY_BYTES + " bytes");
        }
        return key;
    }

    private static void ownerOnly(Path file, String permissions) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(permissions));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system (Windows): the folder's own permissions apply
        }
    }
}
