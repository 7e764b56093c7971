package cn.perftarget.domain.office;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perftarget.domain.importer.ImportOptions;
import cn.perftarget.domain.importer.ImportedDocument;
import cn.perftarget.domain.office.guard.OfficeLimits;
import cn.perftarget.domain.office.write.TableDocuments;
import cn.perftarget.domain.table.IndicatorRow;
import cn.perftarget.domain.table.MoneyCell;
import cn.perftarget.domain.table.SpendingPlan;
import cn.perftarget.domain.table.TargetTable;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tables the seeds do not have: text a drafter may type, and a table longer than a page. */
class TableDocumentsTest {

    private static TargetTable read(String name, byte[] file) {
        ImportedDocument doc =
                new OfficeImporter().read(name, file, new ImportOptions(null, null, 2021), OfficeLimits.DEFAULTS);
        assertThat(doc.problems()).isEmpty();
        assertThat(doc.tables()).hasSize(1);
        return doc.tables().get(0);
    }

    @Test
    void spacesTabsEmptyLinesAndMarkupCharactersComeBackAsTyped() {
        TargetTable t = new TargetTable(
                "13031121A3UO2AD1310KS",
                "  前后有空格的项目  ",
                "442001",
                "秦皇岛经济技术开发区行政审批局（本级）",
                2021,
                new MoneyCell("1,000.50"),
                new MoneyCell("１０００"),
                new MoneyCell(" 0.5万元"),
                "第一段\n\n第三段\t（制表符后）\n<b>不是标记</b> & “引号”",
                new SpendingPlan("10%", "33.33%", "", "100.00%"),
                "1.目标一\n2.目标二 ",
                List.of(
                        IndicatorRow.of("产出指标", "数量指标", "A&B", "≥ 95%", "≥95%", "《办法》第3条"),
                        IndicatorRow.of("产出指标", "数量指标", "第二行", "", "", ""),
                        IndicatorRow.of("效益指标", "", "无二级", "描述", "较好", "依据")));

        for (String name : List.of("t.docx", "t.xlsx")) {
            byte[] file = name.endsWith("docx") ? TableDocuments.docx(t, 7) : TableDocuments.xlsx(t, 7);
            assertThat(read(name, file)).as(name).isEqualTo(t);
        }
        PdfTextProbe pdf = new PdfTextProbe(TableDocuments.pdf(t, 7));
        for (String cell : PdfTextProbe.cells(t)) {
            assertThat(pdf.text()).contains(PdfTextProbe.squeeze(cell));
        }
    }

    @Test
    void aTableLongerThanAPageKeepsEveryRowInEveryFormat() {
        List<IndicatorRow> rows = new ArrayList<>();
        for (int i = 1; i <= 90; i++) {
            rows.add(IndicatorRow.of(
                    i <= 60 ? "产出指标" : "效益指标",
                    i <= 30 ? "数量指标" : i <= 60 ? "质量指标" : "社会效益指标",
                    "指标" + i,
                    "第" + i + "个指标的描述，写得比较长，以便在单元格里折行显示，看看分页时是否完整",
                    i + "项",
                    "依据" + i));
        }
        TargetTable t = new TargetTable(
                "LONG000000000001",
                "很长的项目",
                "442001",
                "秦皇岛经济技术开发区行政审批局（本级）",
                2021,
                new MoneyCell("10.00"),
                new MoneyCell("10.00"),
                new MoneyCell("0"),
                "用途",
                new SpendingPlan("25%", "50%", "75%", "100%"),
                "1.目标",
                rows);

        assertThat(read("long.docx", TableDocuments.docx(t, 1))).isEqualTo(t);
        assertThat(read("long.xlsx", TableDocuments.xlsx(t, 1))).isEqualTo(t);
        PdfTextProbe pdf = new PdfTextProbe(TableDocuments.pdf(t, 1));
        assertThat(pdf.pages()).isGreaterThan(1);
        for (String cell : PdfTextProbe.cells(t)) {
            assertThat(pdf.text()).contains(PdfTextProbe.squeeze(cell));
        }
    }
}
