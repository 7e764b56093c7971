package cn.perftarget.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perftarget.domain.table.TargetTableRepository;
import cn.perftarget.ui.browser.Browser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The 编制 screens in a real browser (the pre-compiled Vaadin bundle renders them): the drafter's list, the editor
 * with its findings, a placeholder goal typed in and reported as R01 by the server while typing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EditorBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    TargetTableRepository tables;

    @Test
    void drafterEditsATableAndSeesTheFindingsLive() {
        long id = tables.findByYearAndCode(2020, "13031121IH9M8N7LMII40")
                .orElseThrow()
                .id(); // 442001 专项水费
        try (Browser browser = new Browser(port, "zh-CN")) {
            browser.login("bianzhi", "demo123");
            browser.find(By.id("greeting"));
            browser.open("/tables");
            browser.find(By.id("my-tables"));
            browser.waitFor(d -> d.getPageSource().contains("专项水费") ? true : null);
            browser.screenshot("editor-01-my-tables");

            browser.open("/tables/" + id + "/edit");
            browser.find(By.id("findings"));
            browser.waitFor(
                    d -> d.findElements(By.cssSelector("#findings .finding")).isEmpty() ? null : true);
            browser.screenshot("editor-02-editor");

            WebElement goals = browser.find(By.cssSelector("#field-goals textarea"));
            goals.clear();
            goals.sendKeys("1.目标内容1");
            WebElement r01 = browser.find(By.cssSelector("#findings .finding[data-rule=R01]"));
            assertThat(r01.getText()).contains("R01").contains("错误").contains("目标内容1");
            browser.screenshot("editor-03-r01-live");
            browser.script("document.getElementById('indicators').scrollIntoView()");
            browser.screenshot("editor-04-indicators");

            browser.open("/tables/999999/edit");
            assertThat(browser.find(By.id("no-access-title")).getText()).isEqualTo("内容不存在或无权访问");
        }
    }
}
