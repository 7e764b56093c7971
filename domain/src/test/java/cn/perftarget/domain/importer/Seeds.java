package cn.perftarget.domain.importer;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perftarget.domain.table.IndicatorRow;
import cn.perftarget.domain.table.TargetTable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The real published documents of {@code /seeds} on the classpath, and look-ups into what was imported. */
public final class Seeds {

    public static final String PDF_000 = "000_5b383d3a3d486686.txt";
    public static final String WORD_001 = "001_b711bf76ea102a99.txt";
    public static final String WORD_002 = "002_6557f949b45e2f15.txt";
    public static final String WORD_004 = "004_f47e421262983de5.txt";

    private Seeds() {}

    public static String text(String name) {
        try (InputStream in = Seeds.class.getResourceAsStream("/seeds/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing seed " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ImportedDocument read(String name) {
        return new PasteImporter().read(text(name));
    }

    /** The one table of that project name. */
    public static TargetTable table(ImportedDocument document, String projectName) {
        List<TargetTable> found = document.tables().stream()
                .filter(t -> t.projectName().equals(projectName))
                .toList();
        assertThat(found).as("tables named %s", projectName).hasSize(1);
        return found.get(0);
    }

    /** The one indicator row of that 三级 name. */
    public static IndicatorRow row(TargetTable table, String level3) {
        List<IndicatorRow> found = table.indicators().stream()
                .filter(r -> r.level3().equals(level3))
                .toList();
        assertThat(found).as("rows named %s in %s", level3, table.projectName()).hasSize(1);
        return found.get(0);
    }
}
