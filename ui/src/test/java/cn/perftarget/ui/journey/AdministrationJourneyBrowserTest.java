package cn.perftarget.ui.journey;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perftarget.domain.account.DemoCodes;
import cn.perftarget.domain.office.lists.ListWorkbook;
import cn.perftarget.domain.org.OrganisationRepository;
import cn.perftarget.domain.table.StoredTable;
import cn.perftarget.domain.table.TableStatus;
import cn.perftarget.domain.table.TargetTableRepository;
import cn.perftarget.domain.user.AppUser;
import cn.perftarget.domain.user.Role;
import cn.perftarget.domain.user.UserRepository;
import cn.perftarget.ui.browser.Browser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A bureau puts a new unit into service, in headless Chromium on the real app: the 系统管理员 ({@code admin}, password
 * and the demo TOTP code) creates a fiscal section F-QHD-2 and a unit 442901 under department 442 on 组织机构, a drafter
 * for the unit on 用户管理 (the initial password shown once, read off the dialog), a fiscal reviewer of the new section
 * by the Excel import (preview with a refused row, then 只导入无问题的行), and gives department 442 to the new section.
 * The drafter signs in, must change the password first, pastes table 1 of seed 004 (under the unit's code and a
 * project code of the journey's own) and submits it; 442's department reviewer ({@code bumen}) finds it in the inbox
 * and passes it; the new section's fiscal reviewer (again a first sign-in with a password change) finds it in the
 * inbox at 财政审核; the auditor ({@code shenji}) finds it on 查阅. Screenshots of every admin screen and of the key
 * steps: ui/target/screenshots/admin-journey-*.png.
 * <p>
 * Giving 442 to another section moves the demo's open fiscal reviews of 442, so the test runs in a context (and
 * database) of its own: the property below makes Spring's context cache tell it apart from the other browser tests'.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "perftarget.test.context=administration-journey")
class AdministrationJourneyBrowserTest {

    private static final String SEED = "/seeds/004_f47e421262983de5.txt";
    private static final String SEED_CODE = "1303112121B0RMI62LEAT";
    private static final String SEED_UNIT = "442001秦皇岛经济技术开发区行政审批局（本级）";
    /** The journey's own project code: the seed's shape (21 characters, region 130311's prefix), no seed's serial. */
    private static final String CODE = "13031121ADMINJOURNEY1";

    private static final String SECTION = "F-QHD-2";
    private static final String SECTION_NAME = "秦皇岛经开区财政局经济建设科";
    private static final String UNIT = "442901";
    private static final String UNIT_NAME = "秦皇岛经济技术开发区数据服务中心";
    private static final String DRAFTER = "shuju-bianzhi";
    private static final String FISCAL = "jianshe-caizheng";

    @LocalServerPort
    int port;

    @Autowired
    TargetTableRepository tables;

    @Autowired
    UserRepository users;

    @Autowired
    OrganisationRepository organisations;

    @Test
    void theAdministratorPutsANewUnitIntoServiceAndItsFirstTableReachesEveryone(@TempDir Path dir) throws IOException {
        String drafterPassword;
        String fiscalPassword;
        try (Browser browser = new Browser(port, "zh-CN")) {
            JourneyPage page = new JourneyPage(browser);
            signInAsAdministrator(browser);

            // 组织机构: a fiscal section under the bureau, a unit under department 442
            page.open("/admin/organisation");
            selectTreeRow(page, "442");
            page.screenshot("admin-journey-01-organisation-tree");
            selectTreeRow(page, "F-QHD");
            page.click("org-create");
            page.type("org-code", SECTION);
            page.type("org-name", SECTION_NAME);
            choose(page, "org-kind", "财政科室");
            page.screenshot("admin-journey-02-organisation-dialog-section");
            page.click("org-save");
            waitForTreeRow(page, SECTION);

            selectTreeRow(page, "442");
            page.click("org-create");
            page.type("org-code", UNIT);
            page.type("org-name", UNIT_NAME);
            page.screenshot("admin-journey-03-organisation-dialog-unit");
            page.click("org-save");
            waitForTreeRow(page, UNIT);
            assertThat(organisations.findByCode(UNIT)).isPresent();

            // 用户管理: the drafter of the new unit, its initial password shown once
            page.open("/admin/users");
            page.waitForText("users-grid", "bianzhi");
            page.screenshot("admin-journey-04-users");
            page.click("users-create");
            page.type("user-username", DRAFTER);
            page.type("user-name", "孙数据");
            choose(page, "user-organisation", UNIT + " " + UNIT_NAME);
            check(page, "user-roles", "编制人");
            page.screenshot("admin-journey-05-user-dialog");
            page.click("user-save");
            drafterPassword = shownPassword(page, DRAFTER);
            page.screenshot("admin-journey-06-initial-password");
            page.click("initial-passwords-close");
            page.waitUntilGone("initial-passwords");

            // 导入: the new section's fiscal reviewer from an Excel sheet; a row with an unknown organisation is refused
            Path sheet = dir.resolve("users.xlsx");
            Files.write(
                    sheet,
                    ListWorkbook.xlsx(
                            "用户",
                            List.of("用户名", "姓名", "组织机构编码", "角色"),
                            List.of(
                                    List.of(FISCAL, "钱建设", SECTION, "财政审核人"),
                                    List.of("nobody-journey", "无此人", "NOPE", "编制人"))));
            page.click("users-import");
            WebElement upload = page.byId("import-sheet");
            browser.waitFor(d -> upload.getShadowRoot().findElements(By.cssSelector("input[type=file]")).stream()
                            .findFirst()
                            .orElse(null))
                    .sendKeys(sheet.toAbsolutePath().toString());
            page.waitForText("import-summary", "共 2 行：1 行可导入，1 行有问题");
            page.waitForText("import-preview", "组织机构 NOPE 不存在");
            page.screenshot("admin-journey-07-user-import-preview");
            page.click("import-valid");
            fiscalPassword = shownPassword(page, FISCAL);
            page.click("initial-passwords-close");
            page.waitUntilGone("initial-passwords");
            assertThat(users.findByUsername("nobody-journey")).isEmpty();
            AppUser fiscal = users.findByUsername(FISCAL).orElseThrow();
            assertThat(fiscal.roles()).containsExactly(Role.FISCAL_REVIEWER);
            assertThat(fiscal.organisation().code()).isEqualTo(SECTION);

            // 组织机构: department 442 to the new section
            page.open("/admin/organisation");
            selectTreeRow(page, "442");
            page.click("org-move");
            choose(page, "org-parent", SECTION + " " + SECTION_NAME);
            page.screenshot("admin-journey-08-organisation-dialog-section-of-442");
            page.click("org-save");
            page.waitUntilGone("org-save");
            browser.waitFor(d -> SECTION.equals(treeCell(page, "442", "section")) ? true : null);
            page.screenshot("admin-journey-09-organisation-tree-442-moved");

            // API 客户端
            page.open("/admin/api-clients");
            page.byId("api-clients");
            page.screenshot("admin-journey-10-api-clients");

            // 预算编制轮次 and 系统设置 with each of its tabs
            page.open("/admin/rounds");
            page.byId("rounds-grid");
            page.screenshot("admin-journey-10a-rounds");
            page.open("/admin/settings");
            page.byId("settings-review-days");
            page.screenshot("admin-journey-10b-settings-workflow");
            page.click("settings-tab-calendar");
            page.byId("settings-calendar-text");
            page.screenshot("admin-journey-10c-settings-calendar");
            page.click("settings-tab-framework");
            page.byId("settings-frameworks");
            page.screenshot("admin-journey-10d-settings-framework");
            page.click("settings-tab-rules");
            page.byId("settings-rules");
            page.screenshot("admin-journey-10e-settings-rules");
            page.logout();

            // the new drafter: a first sign-in changes the password, then pastes the table and submits it
            browser.login(DRAFTER, drafterPassword);
            newPassword(browser, "Haigang-Tongxin-2026");
            browser.find(By.id("current-user"));
            page.open("/tables");
            page.byId("my-tables");
            page.click("tables-import");
            page.paste("paste-text", firstTable());
            page.type("paste-year", "2020");
            page.click("paste-recognise");
            page.waitForText("import-recognised", "服务器、总控室的设备维修费以及短息服务费");
            page.screenshot("admin-journey-11-drafter-paste");
            page.click("paste-accept");
            browser.find(By.cssSelector("#import-outcome a")).click();
            page.waitForPage("/edit");
            page.waitUntilGone("paste-close");
            page.waitForText("findings-summary", "错误 0 项");
            StoredTable imported = tables.findByYearAndCode(2020, CODE).orElseThrow();
            assertThat(imported.unitId())
                    .isEqualTo(organisations.findByCode(UNIT).orElseThrow().id());
            page.screenshot("admin-journey-12-drafter-editor");
            page.click("editor-submit");
            page.waitForPageEnd("/tables");
            assertThat(status(imported.id())).isEqualTo(TableStatus.DEPT_REVIEW);
            page.logout();

            // 442's department reviewer: in the inbox, passes it
            page.login("bumen");
            page.open("/inbox");
            page.searchInbox(CODE);
            page.screenshot("admin-journey-13-department-inbox");
            page.openFoundRow();
            page.waitForPage("/review/" + imported.id());
            page.click("review-pass");
            page.waitForPageEnd("/inbox");
            assertThat(status(imported.id())).isEqualTo(TableStatus.FISCAL_REVIEW);
            page.logout();

            // the fiscal reviewer of the section now responsible: a first sign-in, then the table in the inbox
            browser.login(FISCAL, fiscalPassword);
            newPassword(browser, "Beidaihe-Shenhe-2026");
            browser.find(By.id("current-user"));
            page.open("/inbox");
            page.searchInbox(CODE);
            page.screenshot("admin-journey-14-fiscal-inbox");
            page.openFoundRow();
            page.waitForPage("/review/" + imported.id());
            page.byId("review-submit-grade");
            page.screenshot("admin-journey-15-fiscal-review");
            page.logout();

            // the auditor: 查阅 finds it
            page.login("shenji");
            page.open("/region-tables");
            page.byId("region-grid");
            page.paste("region-search", CODE);
            browser.waitFor(d -> Boolean.TRUE.equals(browser.script(
                            "const g = document.getElementById('region-grid');"
                                    + "return !!g && g.size === 1 && [...g.querySelectorAll('vaadin-grid-cell-content')]"
                                    + ".some(c => c.textContent.includes(arguments[0]));",
                            CODE))
                    ? true
                    : null);
            page.byId("region-review-" + imported.id());
            page.screenshot("admin-journey-16-auditor-region-tables");
        }
    }

    private static void signInAsAdministrator(Browser browser) {
        browser.login("admin", "demo123");
        browser.find(By.cssSelector("#code input")).sendKeys(DemoCodes.next("admin"));
        browser.find(By.id("code-submit")).click();
        browser.find(By.id("current-user"));
    }

    /** The first sign-in's forced change of the initial password. */
    private static void newPassword(Browser browser, String password) {
        WebElement next = browser.find(By.cssSelector("#new-password input"));
        next.sendKeys(password);
        browser.find(By.cssSelector("#repeat-password input")).sendKeys(password);
        browser.find(By.id("password-submit")).click();
    }

    /** The initial password the dialog shows once, from the row of the user. */
    private static String shownPassword(JourneyPage page, String username) {
        return page.browser().waitFor(d -> {
            Object password = page.browser()
                    .script(
                            "const g = document.getElementById('initial-passwords'); if (!g) return null;"
                                    + "const cells = [...g.querySelectorAll('vaadin-grid-cell-content')]"
                                    + ".map(c => c.textContent.trim());"
                                    + "const i = cells.indexOf(arguments[0]);"
                                    + "return i < 0 || !cells[i + 2] ? null : cells[i + 2];",
                            username);
            return password == null ? null : password.toString();
        });
    }

    /** Picks the item of a vaadin-combo-box with exactly this label, as a user choosing it from the list. */
    private static void choose(JourneyPage page, String id, String label) {
        WebElement input = page.browser().find(By.cssSelector("#" + id + " input"));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(label);
        page.browser()
                .waitFor(d -> Boolean.TRUE.equals(page.browser()
                                .script(
                                        "const item = [...document.querySelectorAll('vaadin-combo-box-item')]"
                                                + ".find(i => i.textContent.trim() === arguments[0]);"
                                                + "if (!item) return false; item.click(); return true;",
                                        label))
                        ? true
                        : null);
        page.browser()
                .waitFor(d -> label.equals(page.browser()
                                .script("return document.getElementById(arguments[0]).inputElement.value", id))
                        ? true
                        : null);
        page.settle();
    }

    /** Ticks the checkbox of a vaadin-checkbox-group with this label. */
    private static void check(JourneyPage page, String groupId, String label) {
        page.byId(groupId);
        page.browser()
                .script(
                        "const box = [...document.getElementById(arguments[0]).querySelectorAll('vaadin-checkbox')]"
                                + ".find(c => c.textContent.trim() === arguments[1]);"
                                + "box.querySelector('input').click();",
                        groupId,
                        label);
        page.settle();
    }

    /** Selects the organisation's row of the tree by a click on its code cell. */
    private static void selectTreeRow(JourneyPage page, String code) {
        WebElement cell = waitForTreeRow(page, code);
        page.browser().script("arguments[0].scrollIntoView({block: 'center'})", cell);
        cell.click();
        page.browser()
                .waitFor(d -> Boolean.TRUE.equals(page.browser()
                                .script("return document.getElementById('org-tree').selectedItems.length === 1"))
                        ? true
                        : null);
        page.settle();
    }

    /** The code cell of the organisation's row once the tree shows it. */
    private static WebElement waitForTreeRow(JourneyPage page, String code) {
        return page.browser().waitFor(d -> (WebElement) page.browser()
                .script(
                        "return [...document.querySelectorAll('#org-tree vaadin-grid-cell-content')]"
                                + ".find(c => c.textContent.trim() === arguments[0]) || null;",
                        code));
    }

    /**
     * The text of a column of an organisation's row: the cells of a row are the slots of one {@code tr} of the tree's
     * shadow root; {@code column} is the column's key (its cells carry it in their part names).
     */
    private static String treeCell(JourneyPage page, String code, String column) {
        Object text = page.browser()
                .script(
                        "const g = document.getElementById('org-tree');"
                                + "for (const tr of g.shadowRoot.querySelectorAll('#items tr')) {"
                                + "  const cells = [...tr.querySelectorAll('td slot')]"
                                + "    .map(s => s.assignedNodes().map(n => n.textContent.trim()).join(''));"
                                + "  if (cells[1] === arguments[0]) return cells[3];"
                                + "}"
                                + "return null;",
                        code);
        return text == null ? "" : text.toString();
    }

    private TableStatus status(long tableId) {
        return tables.findById(tableId).orElseThrow().status();
    }

    /**
     * Table 1 of seed 004 as the new unit's drafter copies it from the Word document (from its heading to the next
     * table's), under the new unit's code and name and the journey's project code.
     */
    private static String firstTable() throws IOException {
        String text;
        try (InputStream in = AdministrationJourneyBrowserTest.class.getResourceAsStream(SEED)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        int heading = text.indexOf("1.服务器、总控室的设备维修费以及短息服务费绩效目标表");
        int start = text.lastIndexOf('\n', heading) + 1;
        int end = text.indexOf("\n2.", heading);
        String table = text.substring(start, end);
        assertThat(table).contains(SEED_CODE, SEED_UNIT);
        return table.replace(SEED_CODE, CODE).replace(SEED_UNIT, UNIT + UNIT_NAME);
    }
}
