package cn.perftarget.domain.office;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perftarget.domain.importer.ImportOptions;
import cn.perftarget.domain.importer.ImportedDocument;
import cn.perftarget.domain.office.guard.OfficeLimits;
import cn.perftarget.domain.office.write.TableDocuments;
import cn.perftarget.domain.table.SeedTables;
import cn.perftarget.domain.table.TargetTable;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * Every table of the four real seed documents, exported and read back: through .docx and through .xlsx it comes back
 * equal cell for cell (defects included) with nothing reported; the PDF's text holds every cell as written (only the
 * line breaks of wrapping differ), in an embedded subset of the bundled CJK font.
 */
class SeedRoundTripOfficeTest {

    static final List<String> SEEDS = SeedTables.FILES;

    private final OfficeImporter importer = new OfficeImporter();

    private ImportedDocument readBack(String fileName, byte[] file, TargetTable t) {
        // the published layout does not print the year: the drafter's context gives it, as for pasted text
        return importer.read(fileName, file, new ImportOptions(null, null, t.fiscalYear()), OfficeLimits.DEFAULTS);
    }

    @ParameterizedTest
    @FieldSource("SEEDS")
    void everyTableThroughWordComesBackCellForCell(String seed) {
        List<TargetTable> tables = SeedTables.of(seed);
        assertThat(tables).isNotEmpty();
        for (int i = 0; i < tables.size(); i++) {
            TargetTable t = tables.get(i);
            ImportedDocument back = readBack("表" + (i + 1) + ".docx", TableDocuments.docx(t, i + 1), t);
            assertThat(back.problems()).as("%s table %d", seed, i + 1).isEmpty();
            assertThat(back.tables()).as("%s table %d", seed, i + 1).containsExactly(t);
        }
    }

    @ParameterizedTest
    @FieldSource("SEEDS")
    void everyTableThroughExcelComesBackCellForCell(String seed) {
        List<TargetTable> tables = SeedTables.of(seed);
        for (int i = 0; i < tables.size(); i++) {
            TargetTable t = tables.get(i);
            ImportedDocument back = readBack("表" + (i + 1) + ".xlsx", TableDocuments.xlsx(t, i + 1), t);
            assertThat(back.problems()).as("%s table %d", seed, i + 1).isEmpty();
            assertThat(back.tables()).as("%s table %d", seed, i + 1).containsExactly(t);
        }
    }

    @ParameterizedTest
    @FieldSource("SEEDS")
    void thePdfOfEveryTableHoldsEveryCellInAnEmbeddedFont(String seed) {
        List<TargetTable> tables = SeedTables.of(seed);
        for (int i = 0; i < tables.size(); i++) {
            TargetTable t = tables.get(i);
            PdfTextProbe pdf = new PdfTextProbe(TableDocuments.pdf(t, i + 1));
            assertThat(pdf.text()).startsWith(PdfTextProbe.squeeze((i + 1) + "." + t.projectName() + "绩效目标表"));
            for (String cell : PdfTextProbe.cells(t)) {
                assertThat(pdf.text()).as("%s table %d", seed, i + 1).contains(PdfTextProbe.squeeze(cell));
            }
            assertThat(pdf.allFontsEmbedded()).isTrue();
            assertThat(pdf.fonts()).allSatisfy(f -> assertThat(f).matches("[A-Z]{6}\\+WenQuanYiMicroHei"));
        }
    }

    @Test
    void thePdfDrawsItsChineseTitleWithTheEmbeddedFont() throws IOException {
        TargetTable t = SeedTables.of(SEEDS.get(3)).get(0);
        try (PDDocument doc = Loader.loadPDF(TableDocuments.pdf(t, 1))) {
            BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(0, 50);
            // the title line, centred near the top: its glyphs are drawn (dark pixels), not left blank
            int dark = 0;
            for (int y = page.getHeight() * 5 / 100; y < page.getHeight() * 12 / 100; y++) {
                for (int x = page.getWidth() / 4; x < page.getWidth() * 3 / 4; x++) {
                    int rgb = page.getRGB(x, y) & 0xFFFFFF;
                    if (((rgb >> 16) & 0xFF) + ((rgb >> 8) & 0xFF) + (rgb & 0xFF) < 300) {
                        dark++;
                    }
                }
            }
            assertThat(dark).isGreaterThan(200);
        }
    }
}
