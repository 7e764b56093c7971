package cn.perftarget.domain.office;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perftarget.domain.i18n.MessageBundles;
import cn.perftarget.domain.importer.ImportOptions;
import cn.perftarget.domain.importer.ImportProblem;
import cn.perftarget.domain.importer.ImportedDocument;
import cn.perftarget.domain.importer.SourcePlace;
import cn.perftarget.domain.office.guard.OfficeLimits;
import cn.perftarget.domain.table.IndicatorRow;
import cn.perftarget.domain.table.SpendingPlan;
import cn.perftarget.domain.table.TargetTable;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * Excel sheets as users type them, without merged cells: several tables on one sheet, numbers with formats (the text
 * a person sees is read: 6 shown as 6.00, 0.25 as 25.00%), a formula's value, a hidden sheet left out, problems placed
 * at sheet, row and column.
 */
class ExcelLayoutsTest {

    private final Workbook wb = new XSSFWorkbook();
    private final Map<String, CellStyle> styles = new HashMap<>();

    /** A number shown with a format. */
    private record Shown(double value, String format) {}

    /** A formula whose value Excel computed. */
    private record Formula(String formula) {}

    private CellStyle style(String format, boolean border) {
        return styles.computeIfAbsent(format + border, k -> {
            CellStyle s = wb.createCellStyle();
            if (border) {
                s.setBorderTop(BorderStyle.THIN);
                s.setBorderBottom(BorderStyle.THIN);
                s.setBorderLeft(BorderStyle.THIN);
                s.setBorderRight(BorderStyle.THIN);
            }
            if (!format.isEmpty()) {
                s.setDataFormat(wb.createDataFormat().getFormat(format));
            }
            return s;
        });
    }

    /** A row of bordered cells from column B. */
    private void row(Sheet sheet, int r, Object... values) {
        Row row = sheet.createRow(r);
        for (int c = 0; c < values.length; c++) {
            Cell cell = row.createCell(c + 1);
            Object v = values[c];
            if (v instanceof Shown s) {
                cell.setCellValue(s.value());
                cell.setCellStyle(style(s.format(), true));
            } else if (v instanceof Formula f) {
                cell.setCellFormula(f.formula());
                cell.setCellStyle(style("0.00", true));
            } else {
                cell.setCellValue((String) v);
                cell.setCellStyle(style("", true));
            }
        }
    }

    /** A line above a table: text without a border. */
    private void line(Sheet sheet, int r, int column, String text) {
        sheet.createRow(r).createCell(column).setCellValue(text);
    }

    /** A table from row {@code r} on; returns the next free row. */
    private int table(Sheet sheet, int r, String code, String name) {
        line(sheet, r++, 1, "1." + name + "绩效目标表");
        Row unit = sheet.createRow(r++);
        unit.createCell(1).setCellValue("442001秦皇岛经济技术开发区行政审批局（本级）");
        unit.createCell(6).setCellValue("单位：万元");
        row(sheet, r++, "项目编码", code, "项目名称", name);
        int budgetRow = r;
        row(
                sheet,
                r++,
                "预算规模及资金用途",
                "预算数",
                new Shown(6, "0.00"),
                "其中：财政资金",
                new Formula("D" + (budgetRow + 1)),
                "其他资金",
                new Shown(0, "0"));
        row(sheet, r++, "", "主要用于短信平台");
        row(sheet, r++, "资金支出计划（%）", "3月底", "6月底", "10月底", "12月底");
        row(sheet, r++, "", new Shown(0.25, "0.00%"), new Shown(0.5, "0%"), "", new Shown(1, "0%"));
        row(sheet, r++, "绩效目标", "1.保障短信平台运行\n2.按时缴费");
        row(sheet, r++, "一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值", "指标值确定依据");
        row(sheet, r++, "产出指标", "数量指标", "短信条数", "全年短信", new Shown(12000, "#,##0"), "合同");
        row(sheet, r++, "", "时效指标", "缴费及时率", "按月缴费", "≥95%", "");
        return r;
    }

    private ImportedDocument read() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
        wb.write(out);
        return new OfficeImporter()
                .read("表格.xlsx", out.toByteArray(), new ImportOptions(null, null, 2021), OfficeLimits.DEFAULTS);
    }

    @Test
    void severalTablesPerSheetReadAsAPersonSeesThem() throws IOException {
        Sheet first = wb.createSheet("2021年");
        int next = table(first, 0, "1303112121B0RMI62LEAT", "光纤租赁和短信机费用");
        table(first, next + 1, "13031121H9Q8FZ6K0TDUW", "专项邮电费");
        table(wb.createSheet("隐藏"), 0, "HIDDEN0000000000000", "隐藏的表");
        wb.setSheetHidden(1, true);
        table(wb.createSheet("第二页"), 2, "130311210GSGT4IDZUISX", "印刷费");

        ImportedDocument doc = read();

        assertThat(doc.problems()).isEmpty();
        assertThat(doc.tables()).extracting(TargetTable::projectName).containsExactly("光纤租赁和短信机费用", "专项邮电费", "印刷费");
        TargetTable t = doc.tables().get(0);
        assertThat(t.unitCode()).isEqualTo("442001");
        assertThat(t.budget().text()).isEqualTo("6.00");
        assertThat(t.fiscalFunds().text()).as("a formula's value, as shown").isEqualTo("6.00");
        assertThat(t.otherFunds().text()).isEqualTo("0");
        assertThat(t.fundPurpose()).isEqualTo("主要用于短信平台");
        assertThat(t.plan()).isEqualTo(new SpendingPlan("25.00%", "50%", "", "100%"));
        assertThat(t.goals()).isEqualTo("1.保障短信平台运行\n2.按时缴费");
        assertThat(t.indicators())
                .containsExactly(
                        IndicatorRow.of("产出指标", "数量指标", "短信条数", "全年短信", "12,000", "合同"),
                        IndicatorRow.of("产出指标", "时效指标", "缴费及时率", "按月缴费", "≥95%", ""));
        assertThat(doc.tables()).allSatisfy(x -> assertThat(x.fiscalYear()).isEqualTo(2021));
    }

    @Test
    void aDefectIsPlacedAtItsSheetRowAndColumn() throws IOException {
        Sheet sheet = wb.createSheet("项目表");
        int end = table(sheet, 0, "1303112121B0RMI62LEAT", "光纤租赁和短信机费用");
        row(sheet, end, "", "满意度指标", "满意度", "≥90%", "调查"); // a row of 5 cells

        ImportedDocument doc = read();

        assertThat(doc.tables()).hasSize(1);
        assertThat(doc.problems()).hasSize(1);
        ImportProblem p = doc.problems().get(0);
        assertThat(p.place()).isEqualTo(new SourcePlace.SheetCell("项目表", end + 1, 2));
        assertThat(MessageBundles.domain().chinese(p.describe()))
                .isEqualTo("工作表“项目表”第" + (end + 1) + "行B列：指标行有5个单元格，应为6个，未导入该行");
    }
}
