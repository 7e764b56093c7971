package cn.perftarget.domain.importer;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perftarget.domain.table.TargetTable;
import org.junit.jupiter.api.Test;

/** Unit and year come from the document; options fill only what it does not say. */
class DocumentFactsTest {

    private final PasteImporter importer = new PasteImporter();
    private final ImportOptions drafter = new ImportOptions("131003", "某管委会行政审批局", 2025);

    @Test
    void optionsFillWhatThePdfDoesNotSay() {
        ImportedDocument doc = importer.read(Seeds.text(Seeds.PDF_000), drafter);
        assertThat(doc.tables()).hasSize(4).allSatisfy(t -> {
            assertThat(t.unitCode()).isEqualTo("131003");
            assertThat(t.unitName()).isEqualTo("某管委会行政审批局");
            assertThat(t.fiscalYear()).isEqualTo(2025);
        });
    }

    @Test
    void theDocumentWinsWhereItSpeaks() {
        ImportedDocument doc001 = importer.read(Seeds.text(Seeds.WORD_001), drafter);
        assertThat(doc001.tables()).allSatisfy(t -> {
            assertThat(t.unitCode()).isEqualTo("438001");
            assertThat(t.fiscalYear()).as("001 names no year").isEqualTo(2025);
        });
        ImportedDocument doc004 = importer.read(Seeds.text(Seeds.WORD_004), drafter);
        assertThat(doc004.tables()).extracting(TargetTable::fiscalYear).containsOnly(2020);
        assertThat(doc004.tables()).extracting(TargetTable::unitCode).containsOnly("442001", "442003", "442004");
    }

    @Test
    void withoutOptionsNothingIsInvented() {
        assertThat(importer.read(Seeds.text(Seeds.PDF_000)).tables()).allSatisfy(t -> {
            assertThat(t.unitCode()).isEmpty();
            assertThat(t.fiscalYear()).isNull();
        });
    }

    @Test
    void yearHeadings() {
        assertThat(Headings.year(" 三、2021年部门预算绩效信息")).contains(2021);
        assertThat(Headings.year("2020年部门预算绩效信息")).contains(2020);
        assertThat(Headings.year("[bookmark: _Toc_1]2025年部门预算")).contains(2025);
        assertThat(Headings.year("2021年部门预算收入1082.49万元，其中：财政拨款收入1082.49万元，其他来源收入0万元。"))
                .isEmpty();
        assertThat(Headings.year("5.2019年叫号系统及设备更新采购项目结转余款绩效目标表 TC 5、2019年… \\f C \\l 1 "))
                .isEmpty();
        assertThat(Headings.year("（1）2023年行政审批局全面学习贯彻落实国家、省、市、区关于深化“放管服”改革的要求部署，"))
                .isEmpty();
        assertThat(Headings.year("\t2021年部门预算")).as("a table cell").isEmpty();
    }
}
