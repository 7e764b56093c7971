package cn.perftarget.domain.office.lists;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perftarget.domain.i18n.MessageBundles;
import cn.perftarget.domain.importer.SeedDocuments;
import cn.perftarget.domain.rules.Finding;
import cn.perftarget.domain.rules.validation.DocumentValidation;
import cn.perftarget.domain.rules.validation.DocumentValidation.TableFindings;
import cn.perftarget.domain.rules.validation.Validator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Lists and findings as workbooks, opened again with POI as Excel would show them. */
class ListWorkbookTest {

    private static final DataFormatter SHOWN = new DataFormatter();

    private static Sheet open(byte[] xlsx) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(xlsx)).getSheetAt(0);
    }

    private static List<String> shown(Row row) {
        List<String> out = new ArrayList<>();
        for (int c = 0; c < row.getLastCellNum(); c++) {
            Cell cell = row.getCell(c);
            out.add(cell == null ? "" : SHOWN.formatCellValue(cell));
        }
        return out;
    }

    @Test
    void aListKeepsTheKindOfEveryValue() throws IOException {
        byte[] xlsx = ListWorkbook.xlsx(
                "我的绩效目标表",
                List.of("项目名称", "预算数", "行数", "提交日期", "更新时间", "已提交", "备注"),
                List.of(
                        Arrays.asList(
                                "服务器维护",
                                new BigDecimal("4.00"),
                                6,
                                LocalDate.of(2021, 3, 1),
                                Instant.parse("2021-03-01T02:30:00Z"),
                                true,
                                "=HYPERLINK(\"http://x\")"),
                        Arrays.asList("印刷费", new BigDecimal("1"), 7, null, null, false, null)));

        Sheet sheet = open(xlsx);
        assertThat(sheet.getSheetName()).isEqualTo("我的绩效目标表");
        assertThat(shown(sheet.getRow(0))).containsExactly("项目名称", "预算数", "行数", "提交日期", "更新时间", "已提交", "备注");
        assertThat(sheet.getWorkbook()
                        .getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex())
                        .getBold())
                .isTrue();
        assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
        Row first = sheet.getRow(1);
        assertThat(shown(first))
                .containsExactly(
                        "服务器维护", "4.00", "6", "2021-03-01", "2021-03-01 10:30", "TRUE", "=HYPERLINK(\"http://x\")");
        assertThat(first.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(first.getCell(1).getNumericCellValue()).isEqualTo(4.0);
        assertThat(first.getCell(3).getCellType()).isEqualTo(CellType.NUMERIC); // a date Excel can sort and filter
        assertThat(first.getCell(6).getCellType())
                .as("text that looks like a formula stays text")
                .isEqualTo(CellType.STRING);
        assertThat(shown(sheet.getRow(2))).containsExactly("印刷费", "1", "7", "", "", "FALSE", "");
        assertThat(sheet.getLastRowNum()).isEqualTo(2);
    }

    @Test
    void theFindingsOfADocumentInChineseAndInEnglish() throws IOException {
        List<TableFindings> findings =
                DocumentValidation.validate(Validator.defaults(), SeedDocuments.load(SeedDocuments.resource("004")));
        int total = findings.stream().mapToInt(t -> t.findings().size()).sum();
        Finding firstFinding = findings.stream()
                .flatMap(t -> t.findings().stream())
                .findFirst()
                .orElseThrow();
        TableFindings firstTable = findings.stream()
                .filter(t -> !t.findings().isEmpty())
                .findFirst()
                .orElseThrow();

        Sheet zh = open(FindingsWorkbook.xlsxOfDocument(findings, MessageBundles.CHINESE));
        assertThat(zh.getSheetName()).isEqualTo("预审结果");
        assertThat(shown(zh.getRow(0))).containsExactly("表格", "项目编码", "项目名称", "规则", "规则名称", "严重程度", "位置", "问题", "建议修改");
        assertThat(zh.getLastRowNum()).isEqualTo(total);
        List<String> row = shown(zh.getRow(1));
        assertThat(row.subList(0, 4))
                .containsExactly(
                        String.valueOf(firstTable.index() + 1),
                        firstTable.table().projectCode(),
                        firstTable.table().projectName(),
                        firstFinding.ruleId());
        assertThat(row.get(7)).isEqualTo(MessageBundles.domain().chinese(firstFinding.message()));
        assertThat(row.get(5)).isIn("错误", "警告", "提示");

        Sheet en = open(FindingsWorkbook.xlsxOfDocument(findings, MessageBundles.ENGLISH));
        assertThat(shown(en.getRow(0)))
                .containsExactly(
                        "Table",
                        "Project code",
                        "Project name",
                        "Rule",
                        "Rule name",
                        "Severity",
                        "Location",
                        "Finding",
                        "Suggested fix");
        assertThat(shown(en.getRow(1)).get(5)).isIn("Error", "Warning", "Hint");
    }

    @Test
    void theFindingsOfOneTableAreNumbered() throws IOException {
        List<Finding> findings = DocumentValidation.validate(
                        Validator.defaults(), SeedDocuments.load(SeedDocuments.resource("004")))
                .get(0)
                .findings();

        Sheet sheet = open(FindingsWorkbook.xlsx(findings, MessageBundles.CHINESE));

        assertThat(shown(sheet.getRow(0))).containsExactly("序号", "规则", "规则名称", "严重程度", "位置", "问题", "建议修改");
        assertThat(sheet.getLastRowNum()).isEqualTo(findings.size());
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            List<String> row = shown(sheet.getRow(i + 1));
            assertThat(row.get(0)).isEqualTo(String.valueOf(i + 1));
            assertThat(row.get(1)).isEqualTo(f.ruleId());
            assertThat(row.get(4))
                    .isEqualTo(MessageBundles.domain().chinese(f.location().describe()));
            assertThat(row.get(6))
                    .isEqualTo(
                            f.fix() == null
                                    ? ""
                                    : MessageBundles.domain().chinese(f.fix().label()));
        }
    }
}
