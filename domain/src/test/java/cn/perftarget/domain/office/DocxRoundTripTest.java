package cn.perftarget.domain.office;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perftarget.domain.importer.ImportOptions;
import cn.perftarget.domain.importer.ImportedDocument;
import cn.perftarget.domain.office.guard.OfficeLimits;
import cn.perftarget.domain.office.write.TableDocuments;
import cn.perftarget.domain.table.SeedTables;
import cn.perftarget.domain.table.TargetTable;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocxRoundTripTest {

    @Test
    void everySeedTable() {
        OfficeImporter importer = new OfficeImporter();
        for (String file : SeedTables.FILES) {
            List<TargetTable> tables = SeedTables.of(file);
            for (int i = 0; i < tables.size(); i++) {
                TargetTable t = tables.get(i);
                for (String name : List.of("t.docx", "t.xlsx")) {
                    byte[] bytes =
                            name.endsWith("docx") ? TableDocuments.docx(t, i + 1) : TableDocuments.xlsx(t, i + 1);
                    ImportedDocument doc = importer.read(
                            name, bytes, new ImportOptions(null, null, t.fiscalYear()), OfficeLimits.DEFAULTS);
                    assertThat(doc.problems()).as(file + " " + i + name).isEmpty();
                    assertThat(doc.tables()).as(file + " " + i + name).containsExactly(t);
                }
                PdfTextProbe pdf = new PdfTextProbe(TableDocuments.pdf(t, i + 1));
                assertThat(pdf.allFontsEmbedded()).isTrue();
                for (String cell : PdfTextProbe.cells(t)) {
                    assertThat(pdf.text()).as(file + " " + i).contains(PdfTextProbe.squeeze(cell));
                }
            }
        }
    }
}
