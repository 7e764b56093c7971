package cn.perftarget.domain.table;

import cn.perftarget.domain.importer.PasteImporter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Every table of the four real seed documents, as the importer reads them. */
public final class SeedTables {

    public static final List<String> FILES = List.of(
            "000_5b383d3a3d486686.txt",
            "001_b711bf76ea102a99.txt",
            "002_6557f949b45e2f15.txt",
            "004_f47e421262983de5.txt");

    private SeedTables() {}

    public static List<TargetTable> of(String file) {
        try (InputStream in = SeedTables.class.getResourceAsStream("/seeds/" + file)) {
            if (in == null) {
                throw new IllegalStateException("seed missing from the classpath: " + file);
            }
            return new PasteImporter()
                    .read(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                    .tables();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
