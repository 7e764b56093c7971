package cn.perftarget.domain.office;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perftarget.domain.importer.ImportOptions;
import cn.perftarget.domain.importer.ImportedDocument;
import cn.perftarget.domain.importer.SeedDocuments;
import cn.perftarget.domain.office.guard.OfficeLimits;
import cn.perftarget.domain.table.TargetTable;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Word 97–2003 (.doc) and Excel 97–2003 (.xls) files, and .docx/.xlsx written by another producer than POI: the
 * fixtures LibreOffice made of our exports of seed 002 (see {@code /office/README.md}) read back to seed 002's tables
 * cell for cell.
 */
class LegacyFormatsTest {

    private final ImportedDocument seed = SeedDocuments.load(SeedDocuments.resource("002"));
    private final OfficeImporter importer = new OfficeImporter();

    private List<TargetTable> seedTables(int from, int to, int year) {
        return seed.tables().subList(from, to).stream()
                .map(t -> t.withUnit(t.unitCode(), t.unitName(), year))
                .toList();
    }

    private ImportedDocument read(String fixture, ImportOptions options) throws IOException {
        return importer.read(fixture, OfficeRefusalsTest.resource(fixture), options, OfficeLimits.DEFAULTS);
    }

    @Test
    void aWord97DocumentWithTheDepartmentPartAndThreeTables() throws IOException {
        ImportedDocument doc = read("seed002-publication.doc", ImportOptions.NONE);

        assertThat(doc.problems()).isEmpty();
        assertThat(doc.tables()).containsExactlyElementsOf(seedTables(0, 3, 2023));
        assertThat(doc.department()).isEqualTo(seed.department());
    }

    @Test
    void anExcel97Workbook() throws IOException {
        ImportedDocument doc = read("seed002-table2.xls", new ImportOptions(null, null, 2023));

        assertThat(doc.problems()).isEmpty();
        assertThat(doc.tables()).containsExactlyElementsOf(seedTables(1, 2, 2023));
    }

    @Test
    void wordAndExcelFilesSavedByLibreOffice() throws IOException {
        ImportedDocument word = read("seed002-publication-libreoffice.docx", ImportOptions.NONE);
        assertThat(word.problems()).isEmpty();
        assertThat(word.tables()).containsExactlyElementsOf(seedTables(0, 3, 2023));
        assertThat(word.department()).isEqualTo(seed.department());

        ImportedDocument excel = read("seed002-table2-libreoffice.xlsx", new ImportOptions(null, null, 2023));
        assertThat(excel.problems()).isEmpty();
        assertThat(excel.tables()).containsExactlyElementsOf(seedTables(1, 2, 2023));
    }
}
