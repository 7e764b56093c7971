package cn.perftarget.domain.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The four published seed documents bundled on the class path ({@code /seeds}), imported. */
public final class SeedDocuments {

    /** The seed files (see /seeds/README.md). */
    public static final List<String> RESOURCES = List.of(
            "/seeds/000_5b383d3a3d486686.txt",
            "/seeds/001_b711bf76ea102a99.txt",
            "/seeds/002_6557f949b45e2f15.txt",
            "/seeds/004_f47e421262983de5.txt");

    private SeedDocuments() {}

    /** The resource of a seed by its number prefix, e.g. "004". */
    public static String resource(String prefix) {
        return RESOURCES.stream()
                .filter(r -> r.startsWith("/seeds/" + prefix + "_"))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no seed file " + prefix));
    }

    public static String text(String resource) {
        try (InputStream in = SeedDocuments.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("seed file not found: " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ImportedDocument load(String resource) {
        return new PasteImporter().read(text(resource));
    }
}
