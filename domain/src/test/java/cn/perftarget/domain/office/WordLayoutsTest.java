package cn.perftarget.domain.office;

import static cn.perftarget.domain.office.WordXmlFiles.BR;
import static cn.perftarget.domain.office.WordXmlFiles.CONTINUE;
import static cn.perftarget.domain.office.WordXmlFiles.RESTART;
import static cn.perftarget.domain.office.WordXmlFiles.TAB;
import static cn.perftarget.domain.office.WordXmlFiles.p;
import static cn.perftarget.domain.office.WordXmlFiles.para;
import static cn.perftarget.domain.office.WordXmlFiles.r;
import static cn.perftarget.domain.office.WordXmlFiles.row;
import static cn.perftarget.domain.office.WordXmlFiles.span;
import static cn.perftarget.domain.office.WordXmlFiles.tbl;
import static cn.perftarget.domain.office.WordXmlFiles.tc;
import static cn.perftarget.domain.office.WordXmlFiles.tr;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.perftarget.domain.i18n.MessageBundles;
import cn.perftarget.domain.importer.ImportOptions;
import cn.perftarget.domain.importer.ImportProblem;
import cn.perftarget.domain.importer.ImportedDocument;
import cn.perftarget.domain.importer.SourcePlace;
import cn.perftarget.domain.office.guard.OfficeLimits;
import cn.perftarget.domain.table.IndicatorRow;
import cn.perftarget.domain.table.SpendingPlan;
import cn.perftarget.domain.table.TargetTable;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Word documents as WPS and Word users make them, not as our writer does: the unit line and 单位：万元 in paragraphs
 * above the table, a title with a TOC field, a table in a content control, in a text box, in a one-cell frame; cells
 * of several paragraphs and line breaks, merged cells with left-over text, tracked changes, hidden text. Each reads as a reader
 * sees it.
 */
class WordLayoutsTest {

    private static ImportedDocument read(String body) {
        return new OfficeImporter()
                .read("wps.docx", WordXmlFiles.docx(body), ImportOptions.NONE, OfficeLimits.DEFAULTS);
    }

    /** The rows of a table after its unit line, in the seed's layout, with what WPS documents do to cells. */
    private static String grid(String code, String name) {
        return String.join(
                "",
                tr(
                        tc("项目编码"),
                        tc(span(2), para(code)),
                        tc("项目名称"),
                        tc(
                                span(4),
                                p(
                                        r(name),
                                        "<w:del><w:r><w:delText>删掉的字</w:delText></w:r></w:del>",
                                        "<w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏的字</w:t></w:r>",
                                        "<w:ins><w:r><w:t>（新增）</w:t></w:r></w:ins>"))),
                tr(
                        tc(RESTART, para("预算规模及资金用途")),
                        tc("预算数"),
                        tc("6"),
                        tc("其中：财政资金"),
                        tc("6"),
                        tc("其他资金"),
                        tc(span(2), para("0"))),
                tr(tc(CONTINUE, para("合并单元格里残留的字")), tc(span(7), para("第一段"), p(r("第二段第一行"), BR, r("第二段第二行")))),
                tr(
                        tc(RESTART, para("资金支出计划（%）")),
                        tc(span(2), para("3月底")),
                        tc(span(2), para("6月底")),
                        tc("10月底"),
                        tc(span(2), para("12月底"))),
                tr(
                        tc(CONTINUE, para("")),
                        tc(span(2), para("25%")),
                        tc(span(2), para("50%")),
                        tc("75%"),
                        tc(span(2), para("100%"))),
                tr(tc("绩效目标"), tc(span(7), para("1.目标一"), para("2.目标二"))),
                row(List.of("一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值", "指标值确定依据")),
                tr(
                        tc(RESTART, para("产出指标")),
                        tc("数量指标"),
                        tc("办件量"),
                        tc(span(2), p(r("描述第一行"), BR, r("描述第二行"))),
                        tc("≥95%"),
                        tc(span(2), para("工作计划"))),
                // a row in a content control, as form templates have them
                "<w:sdt><w:sdtPr/><w:sdtContent>"
                        + tr(
                                tc(CONTINUE, para("")),
                                tc("质量指标"),
                                tc("准确率"),
                                tc(span(2), para("办件准确")),
                                tc("100%"),
                                tc(span(2), para("")))
                        + "</w:sdtContent></w:sdt>");
    }

    private static final String FIELD_TITLE = p(
            r("1.光纤租赁和短信机费用绩效目标表"),
            "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>",
            "<w:r><w:instrText xml:space=\"preserve\"> TC \"1、光纤租赁和短信机费用绩效目标表\" \\f C \\l 1 </w:instrText></w:r>",
            "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>");

    private static String textBox(String content) {
        String box = "<w:txbxContent>" + content + "</w:txbxContent>";
        return p("<w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><wp:anchor><a:graphic>"
                + "<a:graphicData uri=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\">"
                + "<wps:wsp><wps:txbx>" + box + "</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor>"
                + "</w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>" + box + "</v:textbox>"
                + "</v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>");
    }

    private static final String BODY = String.join(
            "",
            para("2021年部门预算绩效信息"),
            FIELD_TITLE,
            // unit line and 单位：万元 in one paragraph, apart by tabs
            p(r("442001秦皇岛经济技术开发区行政审批局（本级）"), TAB, TAB, r("单位：万元")),
            "<w:sdt><w:sdtPr/><w:sdtContent>" + tbl(grid("1303112121B0RMI62LEAT", "光纤租赁和短信机费用"))
                    + "</w:sdtContent></w:sdt>",
            para(""),
            // a table drawn in a text box, the unit line and 单位：万元 as paragraphs of their own
            textBox(para("2.专项邮电费绩效目标表")
                    + para("442003秦皇岛经济技术开发区政务服务中心")
                    + para("单位：万元")
                    + tbl(grid("13031121H9Q8FZ6K0TDUW", "专项邮电费"))),
            // a table in a frame: a table of one cell holding the content
            para("3.印刷费绩效目标表"),
            tbl(tr(tc(
                    "",
                    para("442004秦皇岛经济技术开发区政府采购中心"),
                    para("单位：万元"),
                    tbl(grid("130311210GSGT4IDZUISX", "印刷费")),
                    para("")))));

    @Test
    void everyTableIsReadAsAReaderSeesIt() {
        ImportedDocument doc = read(BODY);

        assertThat(doc.problems()).isEmpty();
        assertThat(doc.tables())
                .extracting(TargetTable::projectCode, TargetTable::unitCode, TargetTable::fiscalYear)
                .containsExactly(
                        tuple("1303112121B0RMI62LEAT", "442001", 2021),
                        tuple("13031121H9Q8FZ6K0TDUW", "442003", 2021),
                        tuple("130311210GSGT4IDZUISX", "442004", 2021));
        TargetTable t = doc.tables().get(0);
        assertThat(t.unitName()).isEqualTo("秦皇岛经济技术开发区行政审批局（本级）");
        assertThat(t.projectName()).isEqualTo("光纤租赁和短信机费用（新增）");
        assertThat(t.budget().text()).isEqualTo("6");
        assertThat(t.otherFunds().text()).isEqualTo("0");
        assertThat(t.fundPurpose()).isEqualTo("第一段\n第二段第一行\n第二段第二行");
        assertThat(t.plan()).isEqualTo(new SpendingPlan("25%", "50%", "75%", "100%"));
        assertThat(t.goals()).isEqualTo("1.目标一\n2.目标二");
        assertThat(t.indicators())
                .containsExactly(
                        IndicatorRow.of("产出指标", "数量指标", "办件量", "描述第一行\n描述第二行", "≥95%", "工作计划"),
                        IndicatorRow.of("产出指标", "质量指标", "准确率", "办件准确", "100%", ""));
        for (TargetTable other : doc.tables().subList(1, 3)) { // the same grid in a text box and in a frame
            assertThat(other.fundPurpose()).isEqualTo(t.fundPurpose());
            assertThat(other.plan()).isEqualTo(t.plan());
            assertThat(other.goals()).isEqualTo(t.goals());
        }
        assertThat(doc.tables().get(1).unitName()).isEqualTo("秦皇岛经济技术开发区政务服务中心");
        assertThat(doc.tables().get(1).indicators()).isEqualTo(t.indicators());
        assertThat(doc.tables().get(2).indicators()).isEqualTo(t.indicators());
    }

    @Test
    void aDefectIsPlacedAtItsTableRowAndColumn() {
        String body = para("1.测试项目绩效目标表")
                + tbl(
                        row(List.of("442001秦皇岛经济技术开发区行政审批局（本级）", "单位：万元")),
                        row(List.of("项目编码", "13031121TEST", "项目名称", "测试项目")),
                        row(List.of("一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值", "指标值确定依据")),
                        row(List.of("产出指标", "数量指标", "办件量", "办件", "≥95%", "计划")),
                        row(List.of("", "质量指标", "准确率", "100%", "计划")));

        ImportedDocument doc = read(body);

        assertThat(doc.tables()).hasSize(1);
        ImportProblem rowCells = doc.problems().stream()
                .filter(p -> p.message().key().equals("importer.rowCells"))
                .findFirst()
                .orElseThrow();
        assertThat(rowCells.place()).isEqualTo(new SourcePlace.TableCell(1, 5, 1));
        assertThat(MessageBundles.domain().chinese(rowCells.describe())).isEqualTo("第1个表格第5行第1列：指标行有5个单元格，应为6个，未导入该行");
        assertThat(MessageBundles.domain().render(rowCells.describe(), MessageBundles.ENGLISH))
                .isEqualTo(
                        "Table 1, row 5, column 1: An indicator row has 5 cells instead of 6: the row was not imported");
        assertThat(doc.problems())
                .extracting(p -> MessageBundles.domain().chinese(p.describe()))
                .contains("第1个表格第2行第4列：缺少“预算数”");
    }
}
