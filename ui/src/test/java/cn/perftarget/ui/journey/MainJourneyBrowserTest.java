package cn.perftarget.ui.journey;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perftarget.domain.audit.AuditAction;
import cn.perftarget.domain.audit.AuditEntry;
import cn.perftarget.domain.audit.AuditLog;
import cn.perftarget.domain.table.StoredTable;
import cn.perftarget.domain.table.TableStatus;
import cn.perftarget.domain.table.TargetTableRepository;
import cn.perftarget.ui.browser.Browser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The main journey in headless Chromium against the running application on embedded PostgreSQL: 承德高新区's drafter
 * pastes table 1 of seed 002 (法律顾问费, goal “1.目标内容1”), fixes its errors and submits; the department reviewer
 * passes it; the fiscal reviewer grades 中 with a comment pinned to a row; the drafter reads the comment, fixes and
 * resubmits; the fiscal reviewer grades 优; the drafter sees 已批复 and the history with every step. A screenshot of
 * each screen lands in ui/target/screenshots/journey-*.png.
 * <p>
 * The users are the demo users of 承德高新区 (README): gaoxin drafts, bumen-cd reviews for department 120 and
 * caizheng-cd for section F-CDGX-1.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MainJourneyBrowserTest {

    private static final String SEED = "/seeds/002_6557f949b45e2f15.txt";
    private static final String SEED_CODE = "13081123P00021510001E";
    /**
     * The journey's own 项目编码: the seed's, with the serial 10001 replaced by one of the block 9xxxx, which no seed
     * table uses, numbered per JVM. Every test context has a fresh database, so the codes are unique by construction.
     * The shape stays the seed's (21 characters, starting with 承德高新区's 区划编码 130811, from which the rules take
     * the indicator framework, and the year 23).
     */
    private static final AtomicInteger NEXT_SERIAL = new AtomicInteger(90_000);

    private static final String DRAFTER = "gaoxin";
    private static final String DEPARTMENT = "bumen-cd";
    private static final String FISCAL = "caizheng-cd";

    @LocalServerPort
    int port;

    @Autowired
    TargetTableRepository tables;

    @Autowired
    AuditLog audit;

    @Test
    void draftReviewReturnReviseApprove() throws IOException {
        String code = newProjectCode();
        assertThat(tables.findByYearAndCode(2023, code))
                .as("a code no table has yet")
                .isEmpty();
        String pasted = firstTable().replace(SEED_CODE, code);
        try (Browser browser = new Browser(port, "zh-CN")) {
            JourneyPage page = new JourneyPage(browser);

            // 编制: paste, fix the errors, submit
            page.login(DRAFTER);
            page.open("/tables");
            page.byId("my-tables");
            page.screenshot("journey-01-my-tables");
            page.click("tables-import");
            page.paste("paste-text", pasted);
            page.type("paste-year", "2023");
            page.click("paste-recognise");
            page.waitForText("import-recognised", "法律顾问费");
            page.screenshot("journey-02-paste");
            page.click("paste-accept");
            browser.find(By.cssSelector("#import-outcome a")).click();
            page.waitForPage("/edit");
            page.waitUntilGone("paste-close"); // opening the imported table closes the dialog
            page.waitForText("findings", "R01");
            page.screenshot("journey-03-editor-errors");
            long tableId = tables.findByYearAndCode(2023, code).orElseThrow().id();

            page.type("field-goals", "1.全年为高新区行政审批局提供法律咨询服务不少于12次，合同审查及时率≥95%。");
            page.type("field-plan-3", "100%");
            WebElement row4 = browser.driver()
                    .findElements(By.cssSelector("#indicators .indicator-row"))
                    .get(3);
            page.type(row4.findElement(By.cssSelector(".col-value")), "≤5万元");
            page.waitForText("findings-summary", "错误 0 项");
            page.screenshot("journey-04-editor-fixed");
            page.click("editor-submit");
            page.waitForPageEnd("/tables");
            assertThat(status(tableId)).isEqualTo(TableStatus.DEPT_REVIEW);
            page.logout();

            // 主管部门审核: from the inbox, pass
            page.login(DEPARTMENT);
            page.open("/inbox");
            page.openInboxRow(code);
            page.waitForPage("/review/" + tableId);
            page.byId("review-pass");
            page.screenshot("journey-05-department-review");
            page.click("review-pass");
            page.waitForPageEnd("/inbox");
            assertThat(status(tableId)).isEqualTo(TableStatus.FISCAL_REVIEW);
            page.logout();

            // 财政审核: grade 中 with a comment pinned to row 4
            page.login(FISCAL);
            page.open("/inbox");
            page.searchInbox(code);
            page.screenshot("journey-06-fiscal-inbox");
            page.openFoundRow();
            page.waitForPage("/review/" + tableId);
            page.waitForText("grade-suggested", "系统建议等级");
            page.screenshot("journey-07-fiscal-review");
            page.choose("review-grade", "中");
            page.type("review-comment", "成本指标和依据需完善，请按批注修改后重新提交。");
            page.click("pin-row-4");
            page.type("pin-text-1", "指标值确定依据应写明合同约定的服务费标准");
            page.screenshot("journey-08-fiscal-grade-fair");
            page.click("review-submit-grade");
            page.waitForPageEnd("/inbox");
            assertThat(status(tableId)).isEqualTo(TableStatus.DRAFTING);
            page.logout();

            // 编制人 reads the comment (bell → notification → the table), revises and resubmits
            page.login(DRAFTER);
            page.waitForText("notify-count", "1");
            page.click("notify-bell");
            page.byId("notify-dialog");
            page.screenshot("journey-09-notifications");
            page.clickDeep(".notify-item.unread");
            page.waitForPage("/review/" + tableId);
            page.waitForText("last-comment", "成本指标和依据需完善");
            assertThat(page.text("sheet-row-4-pins")).contains("指标值确定依据应写明合同约定的服务费标准");
            page.scrollTo("sheet-row-4");
            page.screenshot("journey-10-returned-with-comment");
            page.click("review-revise");
            page.waitForPage("/edit");
            browser.find(By.cssSelector("#indicators .indicator-row"));
            WebElement row4Again = browser.driver()
                    .findElements(By.cssSelector("#indicators .indicator-row"))
                    .get(3);
            page.type(row4Again.findElement(By.cssSelector(".col-basis")), "法律顾问服务合同约定年服务费5万元");
            page.click("editor-submit");
            page.waitForPageEnd("/tables");
            assertThat(status(tableId)).isEqualTo(TableStatus.FISCAL_REVIEW);
            page.logout();

            // 财政审核 again: the change since the return is highlighted; grade 优
            page.login(FISCAL);
            page.open("/inbox");
            page.openInboxRow(code);
            page.waitForPage("/review/" + tableId);
            page.waitForText("diff-summary", "与第1版");
            assertThat(browser.driver().findElements(By.cssSelector("#sheet-row-4 td.changed")))
                    .isNotEmpty();
            page.scrollTo("sheet-row-4");
            page.screenshot("journey-11-fiscal-review-diff");
            page.choose("review-grade", "优");
            page.click("review-submit-grade");
            page.waitForPageEnd("/inbox");
            assertThat(status(tableId)).isEqualTo(TableStatus.APPROVED);
            page.logout();

            // 编制人: 已批复, and the history with every step
            page.login(DRAFTER);
            page.open("/tables");
            page.waitForText("my-tables", "已批复");
            page.screenshot("journey-12-approved-list");
            page.open("/history/" + tableId);
            page.waitForText("history-status", "已批复");
            String timeline = page.text("timeline");
            assertThat(timeline).contains("导入", "提交", "审核通过", "评级", "成本指标和依据需完善", "已批复");
            List<AuditAction> actions =
                    audit.history(tableId).stream().map(AuditEntry::action).toList();
            assertThat(actions)
                    .containsSubsequence(
                            AuditAction.IMPORT,
                            AuditAction.SUBMIT,
                            AuditAction.PASS,
                            AuditAction.GRADE,
                            AuditAction.SUBMIT,
                            AuditAction.GRADE);
            assertThat(browser.driver().findElements(By.cssSelector("#timeline li")))
                    .hasSize(actions.size());
            assertThat(browser.driver()
                            .findElements(By.cssSelector("#process-diagram g.node.current[data-element='approved']")))
                    .hasSize(1);
            page.screenshot("journey-13-history");
        }
    }

    private static String newProjectCode() {
        int serial = NEXT_SERIAL.incrementAndGet();
        if (serial > 99_999) {
            throw new IllegalStateException("no serial left in the block 9xxxx");
        }
        String code = SEED_CODE.substring(0, 15) + serial + SEED_CODE.substring(20);
        assertThat(code).hasSameSizeAs(SEED_CODE).startsWith("130811").isNotEqualTo(SEED_CODE);
        return code;
    }

    private TableStatus status(long tableId) {
        StoredTable t = tables.findById(tableId).orElseThrow();
        return t.status();
    }

    /** Table 1 of seed 002 as a drafter copies it from the Word document: from its heading to the next table's. */
    private static String firstTable() throws IOException {
        String text;
        try (InputStream in = MainJourneyBrowserTest.class.getResourceAsStream(SEED)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        int heading = text.indexOf("1.法律顾问费绩效目标表");
        int end = text.indexOf("[bookmark", heading);
        int start = text.lastIndexOf('\n', heading) + 1;
        return text.substring(start, end).replaceAll("\\[bookmark: [^]]*]", "");
    }
}
