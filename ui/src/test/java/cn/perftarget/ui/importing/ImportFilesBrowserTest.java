package cn.perftarget.ui.importing;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perftarget.domain.audit.AuditAction;
import cn.perftarget.domain.audit.AuditEntry;
import cn.perftarget.domain.audit.AuditLog;
import cn.perftarget.domain.office.write.TableDocuments;
import cn.perftarget.domain.table.StoredTable;
import cn.perftarget.domain.table.TargetTable;
import cn.perftarget.domain.table.TargetTableRepository;
import cn.perftarget.ui.browser.Browser;
import cn.perftarget.ui.review.Tables;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * 导入 of files in headless Chromium: the drafter of 442004 (bianzhi3) opens the import dialog, chooses a .docx and a
 * .xlsx at once in the upload (the files go to the upload's file input, as the file chooser would put them), sees
 * both tables recognised, accepts, and finds both as drafts in the list. Screenshots:
 * ui/target/screenshots/import-files-*.png.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ImportFilesBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    TargetTableRepository tables;

    @Autowired
    AuditLog audit;

    @Test
    void aWordAndAnExcelFileAreUploadedPreviewedAndImported(@TempDir Path dir) throws IOException {
        TargetTable word = ownTable(Tables.clean("上传的Word表"));
        TargetTable excel = ownTable(Tables.clean("上传的Excel表"));
        Path docx = Files.write(dir.resolve("word-table.docx"), TableDocuments.docx(word, 1));
        Path xlsx = Files.write(dir.resolve("excel-table.xlsx"), TableDocuments.xlsx(excel, 1));

        try (Browser browser = new Browser(port, "zh-CN")) {
            browser.login("bianzhi3", "demo123");
            browser.find(By.id("current-user"));
            browser.open("/tables");
            click(browser, "tables-import");
            browser.find(By.id("paste-import"));
            WebElement year = browser.find(By.cssSelector("#paste-year input"));
            year.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), "2020");
            year.sendKeys(org.openqa.selenium.Keys.TAB);
            click(browser, "import-tab-files");
            WebElement upload = browser.find(By.id("import-upload"));
            WebElement input = browser.waitFor(
                    d -> upload.getShadowRoot().findElements(By.cssSelector("input[type=file]")).stream()
                            .findFirst()
                            .orElse(null));
            input.sendKeys(docx.toAbsolutePath() + "\n" + xlsx.toAbsolutePath());

            browser.waitFor(d -> text(d, "import-recognised").contains("上传的Word表")
                            && text(d, "import-recognised").contains("上传的Excel表")
                    ? true
                    : null);
            assertThat(text(browser.driver(), "import-summary")).isEqualTo("识别出 2 张表，其中本单位 2 张；0 处无法识别");
            assertThat(text(browser.driver(), "import-recognised")).contains("word-table.docx", "excel-table.xlsx");
            assertThat(tables.findByYearAndCode(2020, word.projectCode()))
                    .as("nothing stored yet")
                    .isEmpty();
            browser.screenshot("import-files-1-preview");

            click(browser, "paste-accept");
            browser.waitFor(d -> d.findElements(By.cssSelector("#import-outcome .import-created"))
                                    .size()
                            == 2
                    ? true
                    : null);
            browser.screenshot("import-files-2-outcome");
            click(browser, "paste-close");
            browser.waitFor(d -> text(d, "my-tables").contains("上传的Word表")
                            && text(d, "my-tables").contains("上传的Excel表")
                    ? true
                    : null);
            browser.screenshot("import-files-3-list");
        }

        StoredTable fromWord =
                tables.findByYearAndCode(2020, word.projectCode()).orElseThrow();
        StoredTable fromExcel =
                tables.findByYearAndCode(2020, excel.projectCode()).orElseThrow();
        assertThat(fromWord.content().indicators()).isEqualTo(word.indicators());
        assertThat(fromExcel.content().goals()).isEqualTo(excel.goals());
        List<AuditAction> actions =
                audit.history(fromExcel.id()).stream().map(AuditEntry::action).toList();
        assertThat(actions).containsExactly(AuditAction.IMPORT);
    }

    /** The table as a table of 442004, bianzhi3's unit. */
    private static TargetTable ownTable(TargetTable t) {
        return t.withUnit("442004", "秦皇岛经济技术开发区政府采购中心", 2020);
    }

    private static void click(Browser browser, String id) {
        WebElement e = browser.find(By.id(id));
        browser.waitFor(d -> e.isDisplayed() && e.getAttribute("disabled") == null ? true : null);
        browser.script("arguments[0].scrollIntoView({block: 'center'})", e);
        e.click();
    }

    private static String text(org.openqa.selenium.WebDriver d, String id) {
        List<WebElement> found = d.findElements(By.id(id));
        return found.isEmpty() ? "" : found.get(0).getText();
    }
}
