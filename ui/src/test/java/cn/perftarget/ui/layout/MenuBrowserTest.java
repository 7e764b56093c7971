package cn.perftarget.ui.layout;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perftarget.ui.browser.Browser;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A person at a browser: an auditor's menu has only 首页, and typing /inbox shows 内容不存在或无权访问 in the frame. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MenuBrowserTest {

    @LocalServerPort
    int port;

    @Test
    void anAuditorSeesNoInboxAndIsRefusedItsAddress() {
        try (Browser browser = new Browser(port, "zh-CN")) {
            browser.login("shenji", "demo123");
            browser.find(By.id("greeting"));
            List<String> entries = browser.waitFor(d -> {
                List<String> labels = d.findElements(By.cssSelector("vaadin-side-nav-item")).stream()
                        .map(WebElement::getText)
                        .map(String::strip)
                        .toList();
                return labels.isEmpty() ? null : labels;
            });
            assertThat(entries).containsExactly("首页", "部门整体绩效目标", "查阅", "总览", "个人设置");
            browser.screenshot("menu-01-auditor");

            browser.open("/inbox");
            String title = browser.waitFor(d -> d.findElements(By.id("no-access-title")).stream()
                    .findFirst()
                    .map(WebElement::getText)
                    .orElse(null));
            assertThat(title).isEqualTo("内容不存在或无权访问");
            assertThat(browser.driver().findElements(By.id("inbox-grid"))).isEmpty();
            assertThat(browser.find(By.id("current-user")).getText())
                    .as("inside the frame")
                    .contains("刘查阅");
            browser.screenshot("menu-02-auditor-inbox-refused");
        }
    }
}
