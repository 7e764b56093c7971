package cn.perftarget.domain.office;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perftarget.domain.importer.DepartmentTargets;
import cn.perftarget.domain.importer.ImportOptions;
import cn.perftarget.domain.importer.ImportedDocument;
import cn.perftarget.domain.importer.SeedDocuments;
import cn.perftarget.domain.importer.SubTarget;
import cn.perftarget.domain.office.guard.OfficeLimits;
import cn.perftarget.domain.office.write.PublicationDocument;
import cn.perftarget.domain.office.write.PublicationHeader;
import cn.perftarget.domain.table.TargetTable;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;

/**
 * The publication document of department 442 for 2021: its department part and the 24 tables of seed 004 (as the
 * approved revisions of 2021 would be), read back by the importer.
 */
class PublicationDocumentTest {

    private static final PublicationHeader HEADER = new PublicationHeader("442", "秦皇岛经济技术开发区行政审批局", 2021);

    private final ImportedDocument seed = SeedDocuments.load(SeedDocuments.resource("004"));
    private final List<TargetTable> approved = seed.tables().stream()
            .map(t -> t.withUnit(t.unitCode(), t.unitName(), 2021))
            .toList();
    private final DepartmentTargets part = seed.department();

    private ImportedDocument readBack(String name, byte[] file) {
        return new OfficeImporter().read(name, file, ImportOptions.NONE, OfficeLimits.DEFAULTS);
    }

    @Test
    void theWordDocumentReadsBackToExactlyTheTablesInOrderAndTheDepartmentPart() {
        assertThat(part).isNotNull();
        assertThat(part.subTargets()).extracting(SubTarget::title).containsExactly("行政审批", "行政审批制度改革", "政务服务");

        ImportedDocument back = readBack("442-2021.docx", PublicationDocument.docx(HEADER, part, approved));

        assertThat(back.problems()).isEmpty();
        assertThat(back.tables()).hasSize(24).containsExactlyElementsOf(approved);
        assertThat(back.tables()).allSatisfy(t -> assertThat(t.fiscalYear()).isEqualTo(2021));
        assertThat(back.department()).isEqualTo(part);
    }

    @Test
    void theTablesAreNumberedInOrderUnderTheDepartmentPart() throws IOException {
        byte[] docx = PublicationDocument.docx(HEADER, part, approved);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            List<String> paragraphs = doc.getParagraphs().stream()
                    .map(XWPFParagraph::getText)
                    .filter(s -> !s.isBlank())
                    .toList();
            assertThat(paragraphs.subList(0, 5))
                    .containsExactly(
                            "442秦皇岛经济技术开发区行政审批局", "2021年部门预算绩效信息", "第一部分 部门整体绩效目标", "一、总体绩效目标", "互联网+政务服务稳步推进");
            List<String> titles =
                    paragraphs.stream().filter(p -> p.endsWith("绩效目标表")).toList();
            assertThat(titles).hasSize(25).first().isEqualTo("第二部分 项目支出绩效目标表");
            for (int i = 0; i < approved.size(); i++) {
                assertThat(titles.get(i + 1))
                        .isEqualTo((i + 1) + "." + approved.get(i).projectName() + "绩效目标表");
            }
        }
    }

    @Test
    void withoutADepartmentPartTheDocumentHoldsTheTablesAlone() {
        ImportedDocument back =
                readBack("442-2021.docx", PublicationDocument.docx(HEADER, null, approved.subList(0, 3)));

        assertThat(back.problems()).isEmpty();
        assertThat(back.tables()).containsExactlyElementsOf(approved.subList(0, 3));
        assertThat(back.department()).isNull();
    }

    @Test
    void thePdfHoldsTheDepartmentPartAndEveryTableInOrderInAnEmbeddedFont() {
        PdfTextProbe pdf = new PdfTextProbe(PublicationDocument.pdf(HEADER, part, approved));

        assertThat(pdf.allFontsEmbedded()).isTrue();
        assertThat(pdf.pages()).isGreaterThanOrEqualTo(25);
        String text = pdf.text();
        assertThat(text)
                .startsWith(PdfTextProbe.squeeze("442秦皇岛经济技术开发区行政审批局2021年部门预算绩效信息第一部分 部门整体绩效目标"))
                .contains(PdfTextProbe.squeeze(part.overallGoal()))
                .contains(PdfTextProbe.squeeze(part.subTargetText()))
                .contains(PdfTextProbe.squeeze(part.measures()));
        int at = text.indexOf("第二部分");
        for (int i = 0; i < approved.size(); i++) {
            TargetTable t = approved.get(i);
            int title = text.indexOf(PdfTextProbe.squeeze((i + 1) + "." + t.projectName() + "绩效目标表"), at);
            assertThat(title)
                    .as("title of table %d after the one before", i + 1)
                    .isGreaterThan(at);
            at = title;
            for (String cell : PdfTextProbe.cells(t)) {
                assertThat(text.indexOf(PdfTextProbe.squeeze(cell), title))
                        .as("table %d", i + 1)
                        .isGreaterThanOrEqualTo(title);
            }
        }
    }
}
